#!/bin/bash
# omegat_run.sh NAME TMX SOURCEFILE  — the README's recipe
set -e
P=/work/newcomer28-scratch/omt/$1
rm -rf "$P"; mkdir -p "$P"/source "$P"/target "$P"/tm/auto "$P"/glossary "$P"/dictionary "$P"/omegat
cp "$2" "$P"/tm/auto/
cp "$3" "$P"/source/
cat > "$P"/omegat.project <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
  <source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir>
  <tm_dir>__DEFAULT__</tm_dir><glossary_dir>__DEFAULT__</glossary_dir>
  <glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
  <source_lang>en</source_lang><target_lang>fr</target_lang>
  <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
  <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
  <sentence_seg>true</sentence_seg>
  <support_default_translations>true</support_default_translations>
  <remove_tags>false</remove_tags>
</project></omegat>
XML
cd /work/newcomer28-scratch/omt
java -Djava.awt.headless=true -jar /usr/share/omegat/OmegaT.jar "$P" --mode=console-translate --config-dir="$P-config" > "$P.log" 2>&1
echo "omegat rc=$?"; grep -c TF_TM_LOAD_ERROR "$P.log" || true
