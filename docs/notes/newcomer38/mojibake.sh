#!/bin/bash
# HIGH: a review table opened with the wrong character set and saved as UTF-8 is imported as edits of every bead
W=/work/main/.venv/bin/workbench
D=/work/newcomer38/scratch/enc; rm -rf $D; mkdir -p $D; cd $D
cp /work/newcomer38/inputs/m4/faro.es.txt /work/newcomer38/inputs/m4/phare.fr.txt .
$W ingest phare.fr.txt >/dev/null; $W align phare.fr --to es --original faro.es.txt >/dev/null
$W confirm phare.fr 7 --to es --reviewer claire
$W export phare.fr --to es -f csv -o e.csv
iconv -f utf-8 -t cp1252 e.csv > e1252.csv                  # Excel's "CSV (comma delimited)": refused, good
$W import e1252.csv --reviewer ben; echo rc=$?
# the file opened as Windows-1252/Latin-1 (Excel's default for a CSV without BOM, or Calc's import dialog left on the locale's charset), then saved as "CSV UTF-8"
python3 -c "s=open('e.csv',encoding='utf-8').read(); open('mojibake.csv','w',encoding='utf-8').write(s.encode('utf-8').decode('cp1252',errors='replace'))"
$W import mojibake.csv --reviewer ben; echo rc=$?
$W beads phare.fr --to es -f tsv | cut -f1,6,7,9,11,16 | sed -n '2,3p;8p'
