#!/bin/bash
# usage: variant.sh DIR MODE
W=/work/main/.venv/bin/workbench
D=/work/newcomer38/scratch/$1; rm -rf $D; mkdir -p $D; cd $D
cp /work/newcomer38/m1/train-de-nuit.fr.html /work/newcomer38/inputs/nighttrain.en.html .
$W ingest train-de-nuit.fr.html >/dev/null
$W align train-de-nuit.fr --to en --original nighttrain.en.html >/dev/null
case $2 in
 reject) $W fill train-de-nuit.fr --to en >/dev/null 2>&1; $W reject train-de-nuit.fr 18 --to en --reviewer c ;;
 confirmnull) $W confirm train-de-nuit.fr 18 --to en --reviewer c ;;
 confirm16) $W confirm train-de-nuit.fr 16 --to en --reviewer c ;;
 edit16|edit11|edit16_18|full|stretch)
   W2=$W; $W export train-de-nuit.fr --to en -f tsv -o t.tsv >/dev/null
   python3 /work/newcomer38/inputs/edit.py t.tsv $2
   [ $2 = edit16_18 -o $2 = full ] && { $W fill train-de-nuit.fr --to en >/dev/null 2>&1; $W reject train-de-nuit.fr 18 --to en --reviewer c; }
   [ $2 = full ] && $W confirm train-de-nuit.fr 1 2 3 4 6 8 12 20 --to en --reviewer c
   [ $2 = stretch ] && { $W fill train-de-nuit.fr --to en >/dev/null 2>&1; $W reject train-de-nuit.fr 18 --to en --reviewer c; $W confirm train-de-nuit.fr 20 --to en --reviewer c; }
   $W import t.tsv --reviewer c ;;
 realignonly) $W confirm train-de-nuit.fr 16 18 --to en --reviewer c ;;
esac
mkdir -p c; cp /work/newcomer38/inputs/corrected/nighttrain.en.html c/
if [ "$3" != "noversion" ]; then $W ingest c/nighttrain.en.html --version-of nighttrain.en >/dev/null; fi
$W align train-de-nuit.fr --to en; echo rc=$?
$W beads train-de-nuit.fr --to en -f tsv | cut -f1,8,9,16 | sed -n '11p;17,21p'
