"""Numbered error messages, in one place (after spaCy's ``errors.py``)."""


class Errors:
    """Error message templates. Format with ``.format(**kwargs)``."""

    E001 = "Model '{name}' is not installed. Install it with: {command}"
    E002 = "Path not found: {path}"
    E003 = "Empty document: {source}"
    E004 = "Binary file, not text: {source}"
    E005 = "Cannot decode {source} as text (tried {encodings})"
    E006 = "Duplicate document id '{doc_id}' in {first} and {second}"
    E007 = "Record {line} of {source} has no '{field}' field"
    E008 = "Invalid JSON on line {line} of {source}: {error}"
    E009 = "Resource file {path} is invalid: {error}"
    E010 = "Unsupported input type: {source} (expected .txt, .jsonl or .csv)"
    E011 = "Sidecar metadata {path} is invalid: {error}"
    E012 = "Gold file {path}, document {doc_id}: {error}"
    E013 = "Invalid --min-f1 value '{value}': expected LABEL=FLOAT"
    E014 = "Every document failed ({count} of {count})"
    E015 = "Processing failed: {error}"
    E016 = "Unknown gold label '{label}' (known: {known})"
