#!/bin/bash
# bead-4 case: EN already says 321, FR v1 says 312; confirm 2 and 4; optional restore byline; FR v2 fixes 321 (+ optional new sentence)
W=/work/main/.venv/bin/workbench
D=/work/newcomer38/scratch/v3-$1; rm -rf $D; mkdir -p $D; cd $D
cp /work/newcomer38/inputs/train-de-nuit.fr.html train-de-nuit.fr.html; cp ${EN:-/work/newcomer38/inputs/corrected/nighttrain.en.html} nighttrain.en.html
$W ingest train-de-nuit.fr.html >/dev/null; $W align train-de-nuit.fr --to en --original nighttrain.en.html >/dev/null
$W confirm train-de-nuit.fr 2 4 --to en --reviewer c >/dev/null
[ -n "$RESTORE" ] && { id=$($W segments train-de-nuit.fr -f tsv | awk -F'\t' '/Par Hannah/{print $1}'); $W restore train-de-nuit.fr $id --reviewer c >/dev/null; }
sed -i "s/avec 312 passagers/avec 321 passagers/" train-de-nuit.fr.html
[ -n "$NEWSENT" ] && sed -i "s/a atteint 82 % l'été dernier./a atteint 82 % l'été dernier. Les départs de Noël se sont vendus en moins de quatre heures./" train-de-nuit.fr.html
$W ingest train-de-nuit.fr.html >/dev/null; $W align train-de-nuit.fr --to en >/dev/null
echo "$1: $($W beads train-de-nuit.fr --to en -f tsv | awk -F'\t' 'NR>1 && $5!="" && $4!="" && $8!="" && $8<0.9 {printf "bead %s=%s ", $1, $8}')"
