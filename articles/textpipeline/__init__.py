"""The text pipeline: page bytes in, dataclasses out. No Django imports here."""
