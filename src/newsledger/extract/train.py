"""Learn the dump body model from the extraction dev set and write `_weights.py`.

    python -m newsledger.extract.train [--dev DIR] [--cv 5] [--write]

Labels come from the ground truth: the dump's words are aligned to the article body
(difflib over `\\w+` tokens) and a paragraph is body when most of its words align.
Both logistic models are fitted by Newton's method with an L2 penalty; each page weighs
the same, and inside a page each paragraph weighs by its words (the metric counts words).
The context model is trained on out-of-fold paragraph scores, as it sees them at run time.
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsledger.extract import body, patterns
from newsledger.extract.body import BodyModel, RegionParams
from newsledger.extract.classify import layout
from newsledger.extract.features import features
from newsledger.extract.lines import Paragraph

Array = npt.NDArray[np.float64]
L2 = 1.0
THRESHOLD = 0.4  # in-region keep threshold: cross-validation finds 0.4-0.5 equal; 0.4 favours recall
WEIGHTS_FILE = Path(__file__).with_name("_weights.py")


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    text: str
    truth: str
    paras: tuple[Paragraph, ...]
    skip: list[bool]
    x: Array
    y: Array
    w: Array


def load_pages(dev: Path) -> list[Page]:
    """Every dump of the dev set with its paragraphs, features, labels and weights."""
    import json

    truth = json.loads((dev / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((dev / "dumps").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        _, paras, classes = layout(text)
        skip = [c is not None for c in classes]
        gold = truth[path.stem]["articleBody"] or ""
        x = np.array(features(paras), dtype=np.float64)
        sizes = np.array([len(p.text.split()) + 1 for p in paras], dtype=np.float64)
        y = np.array(paragraph_labels(text, paras, gold), dtype=np.float64)
        pages.append(Page(path.stem, text, gold, paras, skip, x, y, sizes / sizes.sum() * 100))
    return pages


def paragraph_labels(text: str, paras: Sequence[Paragraph], gold: str) -> list[bool]:
    """True for paragraphs whose words mostly align with the ground-truth body."""
    found = list(patterns.WORD.finditer(text))
    aligned = [False] * len(found)
    matcher = difflib.SequenceMatcher(
        None, [m.group() for m in found], patterns.WORD.findall(gold), autojunk=False
    )
    for block in matcher.get_matching_blocks():
        aligned[block.a : block.a + block.size] = [True] * block.size
    starts = [m.start() for m in found]
    labels = []
    for para in paras:
        first, last = para.lines[0], para.lines[-1]
        lo, hi = np.searchsorted(starts, first.start), np.searchsorted(starts, last.end)
        share = sum(aligned[lo:hi]) / (hi - lo) if hi > lo else 0.0
        labels.append(share > 0.5)
    return labels


def fit_logistic(x: Array, y: Array, w: Array, l2: float = L2) -> Array:
    """L2-penalised logistic regression by Newton's method, with sample weights."""
    beta = np.zeros(x.shape[1])
    for _ in range(40):
        p = 1 / (1 + np.exp(-(x @ beta)))
        grad = x.T @ (w * (p - y)) + l2 * beta
        hess = (x.T * (w * p * (1 - p))) @ x + l2 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def fit(pages: Sequence[Page], folds: int = 4) -> BodyModel:
    """Both models: paragraph weights on all pages, context weights on out-of-fold scores."""
    paragraph = _fit_paragraph(pages)
    scores: dict[str, list[float]] = {}
    for k in range(folds):
        held = pages[k::folds]
        fold = _fit_paragraph([p for p in pages if p not in held])
        scores.update({p.id: _scores(p, fold) for p in held})
    rows, ys, ws = [], [], []
    for page in pages:
        s = scores[page.id]
        start, end = body.article_region(page.paras, s, page.skip, RegionParams())
        context = body.context_rows(s, page.skip, start, end)
        for i in range(start, end):
            rows.append(list(page.x[i]) + context[i])
            ys.append(page.y[i])
            ws.append(page.w[i])
    context_w = fit_logistic(np.array(rows), np.array(ys), np.array(ws))
    return BodyModel(
        paragraph=tuple(map(float, paragraph)),
        context=tuple(map(float, context_w)),
        threshold=THRESHOLD,
        region=RegionParams(),
    )


def _fit_paragraph(pages: Sequence[Page]) -> Array:
    keep = [np.array([not s for s in p.skip]) for p in pages]
    x = np.vstack([p.x[k] for p, k in zip(pages, keep, strict=True)])
    y = np.concatenate([p.y[k] for p, k in zip(pages, keep, strict=True)])
    w = np.concatenate([p.w[k] for p, k in zip(pages, keep, strict=True)])
    return fit_logistic(x, y, w)


def _scores(page: Page, weights: Array) -> list[float]:
    return body.paragraph_scores(page.x, page.skip, tuple(map(float, weights)))


def cross_validate(pages: Sequence[Page], folds: int, seed: int = 0) -> dict[str, float]:
    """Shingle P/R/F1 of the whole dump extractor on held-out folds of pages."""
    from newsledger.eval.extraction import score_pages
    from newsledger.extract.textdump import extract_textdump

    order = list(pages)
    random.Random(seed).shuffle(order)
    predicted: dict[str, str] = {}
    for k in range(folds):
        held = order[k::folds]
        model = fit([p for p in order if p not in held])
        predicted.update({p.id: extract_textdump(p.text, model=model).text for p in held})
    return score_pages({p.id: p.truth for p in pages}, predicted)


def write_weights(model: BodyModel, note: str) -> None:
    def fmt(values: Sequence[float]) -> str:
        return "(\n" + "".join(f"    {v:.6f},\n" for v in values) + ")"

    WEIGHTS_FILE.write_text(
        '"""Weights of the dump body model; regenerate with `python -m newsledger.extract.train --write`.\n\n'
        f'{note}\n"""\n\n'
        f"PARAGRAPH: tuple[float, ...] = {fmt(model.paragraph)}\n"
        f"CONTEXT: tuple[float, ...] = {fmt(model.context)}\n"
        f"THRESHOLD = {model.threshold}\n",
        encoding="utf-8",
    )


def main(argv: Sequence[str] | None = None) -> int:
    from newsledger.eval.datasets import shared_path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dev", type=Path, default=None, help="extraction dev folder (dumps/, ground-truth.json)"
    )
    parser.add_argument("--cv", type=int, default=0, help="report K-fold cross-validated scores first")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    args = parser.parse_args(argv)
    dev = args.dev or shared_path("data", "extraction-dev")
    pages = load_pages(dev)
    note = f"Trained on {len(pages)} pages of {dev.name}."
    if args.cv:
        metrics = cross_validate(pages, args.cv)
        note += f" {args.cv}-fold cross-validated shingle F1 {metrics['f1']:.4f}"
        note += f" (P {metrics['precision']:.4f}, R {metrics['recall']:.4f})."
        print(note)
    if args.write:
        write_weights(fit(pages), note)
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
