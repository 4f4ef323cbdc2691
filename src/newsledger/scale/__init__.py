"""Scaling out: the per-document pipeline mapped over a Dask cluster (`ingest --engine dask`)."""
