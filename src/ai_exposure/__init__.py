"""ai-exposure: how much of what you posted is public, and likely eligible for AI training."""

__version__ = "0.1.0"
