#!/bin/bash
# usage: v2.sh NAME "op1;op2;..."   ops: c:N (confirm) r:N (reject) f (fill) e16 (edit bead 16 French via TSV)
W=/work/main/.venv/bin/workbench
D=/work/newcomer38/scratch/v2-$1; rm -rf $D; mkdir -p $D/c; cd $D
cp /work/newcomer38/inputs/train-de-nuit.fr.html train-de-nuit.fr.html; cp /work/newcomer38/inputs/nighttrain.en.html .
cp ${CORR:-/work/newcomer38/inputs/corrected/nighttrain.en.html} c/nighttrain.en.html
$W ingest train-de-nuit.fr.html >/dev/null; $W align train-de-nuit.fr --to en --original nighttrain.en.html >/dev/null
IFS=';' read -ra OPS <<< "$2"
for op in "${OPS[@]}"; do case $op in
 c:*) $W confirm train-de-nuit.fr ${op#c:} --to en --reviewer c >/dev/null;;
 r:*) $W reject train-de-nuit.fr ${op#r:} --to en --reviewer c >/dev/null;;
 f) $W fill train-de-nuit.fr --to en >/dev/null 2>&1;;
 e16) $W export train-de-nuit.fr --to en -f tsv -o t.tsv >/dev/null; python3 /work/newcomer38/inputs/edit.py t.tsv edit16; $W import t.tsv --reviewer c >/dev/null;;
esac; done
[ -z "$NOVER" ] && $W ingest c/nighttrain.en.html --version-of nighttrain.en >/dev/null
$W align train-de-nuit.fr --to en >/dev/null; echo "$1 [$2] rc=$?: $($W beads train-de-nuit.fr --to en -f tsv | awk -F'\t' 'NR>1 && $5!="" && $4!="" && $8!="" && $8<0.9 {printf "bead %s=%s ", $1, $8}')"
