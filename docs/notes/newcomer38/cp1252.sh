#!/bin/bash
# HIGH: a French subtitle file (or short text) saved in Windows-1252 is read as Baltic cp1257, silently
W=/work/main/.venv/bin/workbench
D=/work/newcomer38/scratch/cp1252; rm -rf $D; mkdir -p $D; cd $D
iconv -f utf-8 -t cp1252 /work/newcomer38/inputs/m3/port.fr.srt | sed 's/$/\r/' > port1252.fr.srt   # as a Windows subtitle editor saves it
cp /work/newcomer38/inputs/m3/harbour.en.srt .
$W ingest port1252.fr.srt; echo rc=$?
$W docs | grep port1252
$W segments port1252.fr -f tsv | cut -f7 | head -4
$W align port1252.fr --to en --original harbour.en.srt; echo rc=$?
$W export port1252.fr --to en -f srt -o back.srt && cmp back.srt port1252.fr.srt && echo "SRT back byte for byte"
$W export port1252.fr --to en -f tmx -o mem.tmx && grep -a -E 'tōt|pčre|Ą midi' mem.tmx
