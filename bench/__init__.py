"""Throughput benchmark: a synthetic corpus generator and a runner around the real flow."""
