#!/bin/bash
# finding 1b: the translator adopts the reviewer's typed translation of a dropped sentence
W=/work/main/.venv/bin/workbench
D=/work/newcomer38/scratch/adopt; rm -rf $D; mkdir -p $D; cd $D
cp /work/newcomer38/inputs/train-de-nuit.fr.html .; cp /work/newcomer38/inputs/nighttrain.en.html .
$W ingest train-de-nuit.fr.html >/dev/null; $W align train-de-nuit.fr --to en --original nighttrain.en.html >/dev/null
$W export train-de-nuit.fr --to en -f tsv -o t.tsv >/dev/null
python3 /work/newcomer38/inputs/edit.py t.tsv edit11        # types the French of bead 11 (EN "She admits…", no French)
$W import t.tsv --reviewer claire
sed -i "s/qui dirige le réseau Nightjet. Les redevances/qui dirige le réseau Nightjet. Elle reconnaît que le service perd encore de l'argent sur certaines lignes. Les redevances/" train-de-nuit.fr.html
$W ingest train-de-nuit.fr.html
$W align train-de-nuit.fr --to en; echo rc=$?
$W beads train-de-nuit.fr --to en -f tsv | cut -f1,4,5,6,7,8,11,16 | sed -n '11,14p'
