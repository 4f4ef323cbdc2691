#!/usr/bin/env bash
# Put the real `newsledger process` output on the seed (through scripts/record_excerpt.py) into the README.
set -euo pipefail
cd "$(dirname "$0")/.."
sample=$(.venv/bin/newsledger process examples/dailymail-2022-11-11-kherson.txt | .venv/bin/python scripts/record_excerpt.py)
SAMPLE="$sample" .venv/bin/python - <<'PY'
import os, re
text = open("README.md", encoding="utf-8").read()
block = "<!-- sample:start -->\n```json\n" + os.environ["SAMPLE"] + "\n```\n<!-- sample:end -->"
text = re.sub(r"<!-- sample:start -->.*?<!-- sample:end -->", lambda _: block, text, flags=re.S)
open("README.md", "w", encoding="utf-8").write(text)
PY
