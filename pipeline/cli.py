"""The ``vnfacts`` command.

Subcommands live in their own modules and are imported only when used, so
``vnfacts extract`` does not pay for spaCy or pandas.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys

import click

from . import __version__

# name -> "module:attribute" of a click command
COMMANDS = {
    "extract": "pipeline.cli:extract",
    "export": "pipeline.annotate.cli:export",
    "import": "pipeline.annotate.cli:import_",
    "eval": "pipeline.evaluate:eval_command",
    "train": "pipeline.annotate.train:train_command",
    "tables": "pipeline.frames:tables_command",
    "show": "pipeline.show:show_command",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return [name for name in COMMANDS if self._resolvable(name)]

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            if not self._resolvable(name):
                return None
            raise

    @staticmethod
    def _resolvable(name: str) -> bool:
        module = COMMANDS[name].partition(":")[0]
        try:
            return importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:  # its parent package is not there
            return False


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnfacts")
def main():
    """Vietnamese news articles to structured facts (JSONL)."""


@click.command()
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", "output_path", required=True, metavar="OUT.jsonl",
              help="Output JSONL ('-' for stdout).")
@click.option("-w", "--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0: all cores).")
@click.option("--engine", type=click.Choice(["local", "inline", "dask"]), default="local", show_default=True,
              help="local: worker processes on this machine; inline: this process only; dask: a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a LocalCluster.")
@click.option("--resume", is_flag=True, help="Keep the articles already in OUT and append the rest.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Read at most N articles.")
@click.option("--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Seconds one article may take before it becomes an error record (0: no limit).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=10_000_000, show_default=True,
              help="Larger articles become error records instead of being processed.")
@click.option("--strict", is_flag=True, help="Stop at the first article that fails.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="User lexicon TSV (surface form, label) whose matches win over the rules; repeatable. "
                   "Same as $VNFACTS_LEXICON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--stages", default=None, hidden=True, metavar="NAME,…",
              help="Run only these stages (names of the default pipeline or module:function); for tests and profiling.")
def extract(input_path, output_path, workers, engine, scheduler, resume, limit, timeout, max_bytes, strict,
            lexicons, quiet, stages):
    """Extract facts from INPUT: a folder of .txt, a .txt file, JSONL with id/text, or '-' (stdin).

    Output keeps input order, one line per article; an article that fails
    yields a line with "error" set, and the exit status is 1 if any did.
    """
    from .io import InputError
    from .runner import Options, run

    if lexicons:  # read by the lexicon stage in every worker process
        from .annotate.lexicon import ENV
        os.environ[ENV] = os.pathsep.join([*map(os.path.abspath, lexicons),
                                           *filter(None, os.environ.get(ENV, "").split(os.pathsep))])
    if output_path == "-" and resume:
        raise click.UsageError("--resume needs an output file, not stdout")
    stage_list = tuple(s.strip() for s in stages.split(",") if s.strip()) if stages else None
    opts = Options(workers=workers, timeout=timeout, max_bytes=max_bytes, resume=resume, limit=limit,
                   progress=not quiet, strict=strict, engine=engine, scheduler=scheduler, stages=stage_list)
    try:
        summary = run(input_path, output_path, opts)
    except InputError as e:
        raise click.UsageError(str(e)) from None
    if not quiet or summary.failed or summary.interrupted:
        click.echo(summary.line(), err=True)
    if summary.interrupted:
        sys.exit(130 if summary.interrupted == "SIGINT" else 143)
    sys.exit(1 if summary.failed else 0)


if __name__ == "__main__":
    main()
