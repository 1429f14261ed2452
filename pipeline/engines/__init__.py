"""Engines that run the extraction somewhere other than this machine's process pool.

An engine is ``engine(items, opts, stop) -> Iterator[Result]``: it takes the
stream of :class:`~pipeline.io.Item` from the runner and yields one
:class:`~pipeline.runner.Result` per item, in input order.  The local process
pool and the inline engine live in :mod:`pipeline.runner`; the Dask engine is
here so that ``vnfacts extract`` imports ``distributed`` only when asked to.
"""
