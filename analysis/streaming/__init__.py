"""The streaming export: a large corpus exported chunk by chunk, the client's memory bounded by the chunk
(:func:`analysis.streaming.export.export_streaming`)."""
