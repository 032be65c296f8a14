"""Command line: ``python -m analysis init|corpus|export|report|evaluate|…`` (``--help`` lists them)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .corpus import CorpusError, add_article, check_corpus
from .export import DEFAULT_OUT, FORMATS, ExportError, check_writable, export
from .lexicon import Codebooks
from .study import load_study

# Metadata fields `corpus add` takes as --options beyond outlet and dates.
REPOSITORY = Path(__file__).resolve().parent.parent
# The gold pages' actor labels were annotated with the committed study's codebooks (tests/gold/pages/README.md).
GOLD_CODEBOOKS = REPOSITORY / "codebooks"
EXTRA_FIELDS = (
    "outlet_confidence",
    "outlet_source",
    "outlet_country",
    "outlet_type",
    "event_date_source",
    "publication_date_source",
    "language",
    "url",
    "notes",
)


def _corpus_check(args: argparse.Namespace) -> int:
    problems = check_corpus(args.corpus)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {args.corpus}", file=sys.stderr)
        return 1
    print(f"{args.corpus}: ok")
    return 0


def _corpus_add(args: argparse.Namespace) -> int:
    extra = {name: getattr(args, name) for name in EXTRA_FIELDS if getattr(args, name)}
    try:
        row = add_article(
            args.corpus,
            args.file,
            outlet=args.outlet,
            publication_date=args.date,
            event_date=args.event_date,
            article_id=args.id,
            **extra,
        )
    except CorpusError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print("nothing was written", file=sys.stderr)
        return 1
    from .corpus_import import date_warnings

    for warning in date_warnings(row, str(args.file)):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"added {row['article_id']} ({row['file']}, sha256 {row['sha256'][:12]}…) to {args.corpus}")
    return 0


def _init(args: argparse.Namespace) -> int:
    from .corpus_import import init_study

    try:
        made = init_study(args.folder)
    except CorpusError as err:
        print(err.problems[0], file=sys.stderr)
        return 1
    for path in made:
        print(path)
    print(
        f"empty study ready: add articles with `python -m analysis corpus add FILE --corpus {args.folder / 'corpus'}`"
    )
    return 0


def _corpus_import(args: argparse.Namespace) -> int:
    from .corpus_import import import_articles, parse_mapping, print_progress

    try:
        mapping = parse_mapping(args.map)
        rows, warnings = import_articles(args.corpus, args.source, mapping, args.manifest, print_progress)
    except (CorpusError, UnicodeDecodeError, OSError) as err:
        problems = err.problems if isinstance(err, CorpusError) else [f"{args.source}: {err}"]
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing was imported", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    outlets = len({row["outlet"] for row in rows})
    print(f"imported {len(rows)} article(s) from {outlets} outlet(s) into {args.corpus}; {len(warnings)} warning(s)")
    return 0


def _codebooks_suggest(args: argparse.Namespace) -> int:
    from .codebook_coverage import actor_coverage, candidates
    from .framing import mentions
    from .writing import guard_formulas, write_csv

    try:
        study = load_study(args.corpus)
    except CorpusError as err:
        print("\n".join(err.problems), file=sys.stderr)
        return 1
    mention_table = mentions(study)
    cover = actor_coverage(study, mention_table)
    table = candidates(study, mention_table, args.min_count)
    print(
        f"actors codebook ({study.codebooks.path('framing_actors.csv')}): an actor in "
        f"{cover['sentences_with_actor']} of {cover['sentences']} body sentences ({cover['sentence_share']:.0%}), "
        f"{cover['articles_with_actor']} of {cover['articles']} articles; {len(table)} candidate(s)",
        file=sys.stderr,
    )
    if args.out is None:
        guard_formulas(table).to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        print(write_csv(table, args.out), file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    """Write the study's tables. Parquet streams (:mod:`analysis.streaming.export`: chunks of articles, the same
    tables and rows, the memory of one chunk) when the corpus has more than 2,000 articles or ``--chunk-size N``
    is given; ``--chunk-size 0`` or CSV builds the whole study in memory."""
    from .streaming.export import CHUNK_SIZE, export_streaming, streams

    run = (args.workers, args.engine, args.scheduler)
    try:
        check_writable(args.out)
        if streams(args.format, args.corpus, args.chunk_size):
            paths = export_streaming(args.corpus, args.out, args.chunk_size or CHUNK_SIZE, run)
        else:
            paths = export(load_study(args.corpus, *run), args.out, args.format)
    except CorpusError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return 1
    except ExportError as err:
        print(err, file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    _report_failures(args.out)
    return 0


def _report_failures(out: Path) -> None:
    """Print one line per article a stage had to leave out (from the ``failed_articles`` table, CSV or Parquet)."""
    from .tables import TableNotFound, read_table  # restores cells the CSV writer guarded against formulas

    try:
        failed = read_table(out, "failed_articles")
    except TableNotFound:
        return
    for row in failed.itertuples():
        print(
            f"article {row.article_id}: stage {row.stage} failed ({row.error}); left out of that stage", file=sys.stderr
        )


def _write_heldout_figures(path: Path) -> None:
    """Score the held-out pages and write the summary beside the figures, for notebook 04 and the README.

    The pages live with the tests; notebooks read only this summary, never the test folder.
    """
    from .evaluation.gold import load_pages
    from .evaluation.run import evaluate_pages, summarise, write_summary

    pages, problems = load_pages(REPOSITORY / "tests" / "gold" / "pages", ("heldout",))
    if pages and not problems:
        write_summary(summarise(evaluate_pages(pages, Codebooks(GOLD_CODEBOOKS))), path)


def _report(args: argparse.Namespace) -> int:
    from .report import build_report  # imported here: the Jupyter stack is slow to load

    notebooks = REPOSITORY / "notebooks"
    if not notebooks.is_dir():
        print(
            f"{notebooks}: the lesson notebooks are not here (install from a clone of the repository)", file=sys.stderr
        )
        return 1
    # Only the committed study writes into the repository; any other corpus builds in its own folder.
    committed = args.corpus.resolve() == (REPOSITORY / "corpus").resolve() and args.out is None
    out = REPOSITORY if committed else (args.out or Path("build") / args.corpus.resolve().name)
    try:
        study = load_study(args.corpus)
    except CorpusError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return 1
    export(study, out / "exports")
    if committed:
        _write_heldout_figures(REPOSITORY / "figures" / "evaluation_heldout.csv")
        pages = build_report(notebooks, REPOSITORY / "reports")
    else:
        parameters = {
            "CORPUS_DIR": str(args.corpus.resolve()),
            "FIGURES_DIR": str((out / "figures").resolve()),
            "EXPORT_DIR": str((out / "exports").resolve()),
        }
        pages = build_report(notebooks, out / "reports", parameters, executed_dir=out / "notebooks")
    for page in pages:
        print(page)
    return 0


def _check_report(args: argparse.Namespace) -> int:
    from .browser_check import check_pages_in_browser
    from .page_safety import page_problems

    try:
        problems = check_pages_in_browser(args.html, args.screenshots)
    except RuntimeError as err:
        problems = page_problems(args.html)
        print(f"browser check skipped ({err}); the HTML was checked for active content only", file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    pages = len(list(Path(args.html).glob("*.html")))
    print(f"{pages} page(s) checked, {len(problems)} problem(s); screenshots in {args.screenshots}")
    return 1 if problems else 0


def _bench(args: argparse.Namespace) -> int:
    from .bench import format_report, run_benchmark, run_streaming_benchmark

    if args.stream:
        if args.out is None:
            print("bench --stream writes the tables: give --out", file=sys.stderr)
            return 1
        figures = run_streaming_benchmark(
            args.articles, args.out, args.workers, args.chunk_size, args.corpus, corpus_kind=args.corpus_kind
        )
        print(format_report(figures))
        return 0
    print(
        format_report(
            run_benchmark(
                args.articles,
                workers=args.workers,
                corpus_dir=args.corpus,
                out_dir=args.out,
                scattertext_python=args.scattertext,
                corpus_kind=args.corpus_kind,
                formats=tuple(args.formats.split(",")),
            )
        )
    )
    return 0


def _bench_pathological(args: argparse.Namespace) -> int:
    from .bench_pathological import DEFAULT_SIZES, format_report, run_benchmark

    sizes = {case: max(1, round(size * args.scale)) for case, size in DEFAULT_SIZES.items()}
    print(format_report(run_benchmark(args.case or None, sizes, corpus_dir=args.corpus)))
    return 0


def _bench_reuse(args: argparse.Namespace) -> int:
    from .reuse.bench import format_report, run_benchmark

    print(format_report(run_benchmark(args.articles, workers=args.workers)))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluation.gold import load_pages
    from .evaluation.run import evaluate_pages, format_summary, summarise, write_summary

    parts = ("dev", "heldout") if args.part == "all" else (args.part,)
    pages, problems = load_pages(args.pages, parts)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems or not pages:
        print(
            f"{args.pages}: {len(problems)} problem(s) in the annotations, {len(pages)} valid page(s)", file=sys.stderr
        )
        return 1
    if args.probe:
        return _evaluate_probes(args, pages, parts)
    counts = evaluate_pages(pages, Codebooks(GOLD_CODEBOOKS))
    summary = summarise(counts, args.by)
    print(f"{len(pages)} page(s) of {', '.join(parts)}; 95 % intervals: bootstrap over pages")
    print(format_summary(summary))
    if args.out:
        print(write_summary(summary, args.out))
    return 0


def _evaluate_probes(args: argparse.Namespace, pages: list, parts: tuple[str, ...]) -> int:
    """Score the pages once per layout probe (:mod:`analysis.evaluation.probes`); with ``--out``, one CSV
    with a ``probe`` column. Return 1 if a probe would lose a gold line or span (a bug of the probe)."""
    import pandas as pd

    from .evaluation.probes import probe_names, probe_pages
    from .evaluation.run import evaluate_pages, format_summary, summarise, write_summary

    try:
        names = probe_names(args.probe)
    except ValueError as err:
        print(err, file=sys.stderr)
        return 2
    summaries = []
    for name in names:
        relaid, problems = probe_pages(pages, name)
        for problem in problems:
            print(f"probe {name}: {problem}", file=sys.stderr)
        if problems:
            return 1
        summary = summarise(evaluate_pages(relaid, Codebooks(GOLD_CODEBOOKS)), args.by)
        print(f"probe {name}: {len(relaid)} page(s) of {', '.join(parts)}; 95 % intervals: bootstrap over pages")
        print(format_summary(summary))
        summaries.append(summary.assign(probe=name))
    if args.out:
        print(write_summary(pd.concat(summaries, ignore_index=True), args.out))
    return 0


def _data_dictionary(args: argparse.Namespace) -> int:
    from .schema import data_dictionary_markdown

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(data_dictionary_markdown(), encoding="utf-8")
    print(args.out)
    return 0


def _add_corpus_commands(commands: argparse._SubParsersAction) -> None:
    """Add ``corpus check|add|import``."""
    corpus = commands.add_parser("corpus", help="check a corpus or add an article to it")
    corpus_commands = corpus.add_subparsers(dest="corpus_command", required=True)
    check = corpus_commands.add_parser("check", help="validate a corpus directory")
    check.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus directory (default: corpus)")
    check.set_defaults(handler=_corpus_check)

    add = corpus_commands.add_parser("add", help="copy a raw text file in and append its metadata row")
    add.add_argument("file", type=Path, help="raw article, UTF-8 text")
    add.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus directory (default: corpus)")
    add.add_argument("--outlet", required=True, help="outlet name as it should appear in tables")
    add.add_argument(
        "--publication-date", "--date", dest="date", default="", help="publication date, YYYY-MM-DD (empty if unknown)"
    )
    add.add_argument("--event-date", dest="event_date", default="", help="date of the reported event, YYYY-MM-DD")
    add.add_argument("--id", default=None, help="article id (default: the file name without extension)")
    for name in EXTRA_FIELDS:
        add.add_argument(
            f"--{name.replace('_', '-')}", dest=name, default="", help=f"metadata field '{name}' (see corpus/README.md)"
        )
    add.set_defaults(handler=_corpus_add)

    imp = corpus_commands.add_parser("import", help="add many articles at once (all or nothing)")
    imp.add_argument("source", type=Path, help="a CSV or JSON Lines file with a text column, or a folder of .txt files")
    imp.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus directory (default: corpus)")
    imp.add_argument("--manifest", type=Path, default=None, help="with a folder: CSV with a 'file' column and metadata")
    imp.add_argument(
        "--map", action="append", default=[], help="rename a column: toolkit_name=your_column (e.g. text=body)"
    )
    imp.set_defaults(handler=_corpus_import)


def _add_study_commands(commands: argparse._SubParsersAction) -> None:
    """Add ``init``, ``codebooks``, ``export`` and ``report``."""
    init = commands.add_parser("init", help="create an empty, valid study folder")
    init.add_argument("folder", type=Path, help="the new study's folder")
    init.set_defaults(handler=_init)

    codebooks = commands.add_parser("codebooks", help="the study's codebooks: coverage and candidates")
    suggest = codebooks.add_subparsers(dest="codebooks_command", required=True).add_parser(
        "suggest", help="frequent names and speakers no actor entry matches, as framing_actors.csv rows to fill"
    )
    suggest.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus directory (default: corpus)")
    suggest.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    suggest.add_argument("--min-count", type=int, default=2, help="occurrences a candidate needs (default: 2)")
    suggest.set_defaults(handler=_codebooks_suggest)

    exp = commands.add_parser("export", help="write the study's tables as CSV (or Parquet)")
    exp.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus directory (default: corpus)")
    exp.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default: {DEFAULT_OUT})")
    exp.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for the per-article stages; the output is the same for any number (default: one per CPU)",
    )
    exp.add_argument(
        "--engine",
        choices=("processes", "dask"),
        default="processes",
        help="where per-article stages run (dask: pip install .[dask])",
    )
    exp.add_argument(
        "--scheduler",
        default=None,
        help="address of a running Dask scheduler (default with --engine dask: a local cluster)",
    )
    exp.add_argument(
        "--format",
        choices=FORMATS,
        default="csv",
        help="csv (default: for spreadsheets and small corpora) or parquet (columnar, typed, for large corpora)",
    )
    exp.add_argument(
        "--chunk-size",
        type=int,
        default=None,
        help="parquet: export N articles at a time, the same tables in the memory of one chunk "
        "(default: chunks of 2,000 above 2,000 articles; 0: the whole study in memory)",
    )
    exp.set_defaults(handler=_export)

    report = commands.add_parser("report", help="export tables, run the notebooks, render the HTML report")
    report.add_argument(
        "--corpus", type=Path, default=Path("corpus"), help="corpus directory (default: corpus, the committed study)"
    )
    report.add_argument(
        "--out", type=Path, default=None, help="output folder for another corpus (default: build/<corpus folder name>)"
    )
    report.set_defaults(handler=_report)


def _add_tool_commands(commands: argparse._SubParsersAction) -> None:
    """Add the benchmarks, ``evaluate``, ``check-report`` and ``data-dictionary``."""
    bench = commands.add_parser("bench", help="time every export stage on a synthetic corpus of N articles")
    bench.add_argument("--articles", type=int, default=1000, help="number of synthetic articles (default: 1000)")
    bench.add_argument("--workers", type=int, default=2, help="processes for the per-article stages (default: 2)")
    bench.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus whose body sentences are recombined")
    bench.add_argument(
        "--out", type=Path, default=None, help="also write the tables here, OUT/csv and OUT/parquet (timed)"
    )
    bench.add_argument("--formats", default="csv,parquet", help="formats written with --out (default: csv,parquet)")
    bench.add_argument(
        "--corpus-kind",
        choices=("realistic", "recombined"),
        default="realistic",
        help="realistic (growing vocabulary, default) or recombined seed sentences (fixed small vocabulary)",
    )
    bench.add_argument(
        "--stream",
        action="store_true",
        help="time the streaming Parquet export (chunks of --chunk-size articles) instead of the in-memory one",
    )
    bench.add_argument("--chunk-size", type=int, default=None, help="articles per chunk with --stream (default 2000)")
    bench.add_argument(
        "--scattertext",
        default=None,
        help="python of an environment with Scattertext (make bench-scattertext) to time it as a reference",
    )
    bench.set_defaults(handler=_bench)

    pathological = commands.add_parser(
        "bench-pathological", help="time every stage on the pathological articles of issue 16 at n and 2n"
    )
    pathological.add_argument(
        "--case", action="append", choices=("long_line", "curly_quotes", "unbalanced_quotes", "said_repeated")
    )
    pathological.add_argument("--scale", type=float, default=1.0, help="multiply every case's n (default: 1)")
    pathological.add_argument("--corpus", type=Path, default=Path("corpus"), help="corpus of the long_line sentences")
    pathological.set_defaults(handler=_bench_pathological)

    bench_reuse = commands.add_parser(
        "bench-reuse", help="time reuse detection on synthetic articles with planted reuse (N/10, N/2, N)"
    )
    bench_reuse.add_argument("--articles", type=int, default=10000, help="largest corpus size (default: 10000)")
    bench_reuse.add_argument("--workers", type=int, default=2, help="processes for the text layer (default: 2)")
    bench_reuse.set_defaults(handler=_bench_reuse)

    evaluate = commands.add_parser("evaluate", help="score cleaning, attribution and voice on the annotated pages")
    evaluate.add_argument("--pages", type=Path, default=Path("tests/gold/pages"), help="folder with dev/ and heldout/")
    evaluate.add_argument(
        "--part", choices=("dev", "heldout", "all"), default="heldout", help="which pages (default: heldout)"
    )
    evaluate.add_argument(
        "--by", choices=("house_style", "story", "page"), default=None, help="break every figure down"
    )
    evaluate.add_argument("--out", type=Path, default=None, help="also write the figures as CSV")
    evaluate.add_argument(
        "--probe",
        action="append",
        choices=("blank-lines", "no-blank-lines", "crlf", "indent", "all"),
        default=None,
        help="score the pages re-laid out in memory (repeatable; all = every probe): see analysis.evaluation.probes",
    )
    evaluate.set_defaults(handler=_evaluate)

    check = commands.add_parser(
        "check-report", help="open every HTML page in headless Chromium: console errors, broken images and links"
    )
    check.add_argument("--html", type=Path, default=Path("reports"), help="folder of rendered pages (default: reports)")
    check.add_argument(
        "--screenshots", type=Path, default=Path("build/screenshots"), help="where to save a screenshot per page"
    )
    check.set_defaults(handler=_check_report)

    dictionary = commands.add_parser(
        "data-dictionary", help="write the data dictionary of the exported tables (analysis/data/table_schema.yml)"
    )
    readme = DEFAULT_OUT / "README.md"
    dictionary.add_argument("--out", type=Path, default=readme, help=f"output file (default: {readme})")
    dictionary.set_defaults(handler=_data_dictionary)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``python -m analysis``."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    _add_corpus_commands(commands)
    _add_study_commands(commands)
    _add_tool_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    args = build_parser().parse_args(argv)
    return args.handler(args)
