"""Save and load a component's rule data files with the pipeline."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language

from .resources import RESOURCE_DIR


class ResourceComponent:
    """Mixin: ``to_disk`` copies the data files, ``from_disk`` reloads from them."""

    files: tuple[str, ...] = ()
    data_dir: str = ""

    def __init__(self, nlp: Language, name: str, *, data_dir: str = "") -> None:
        """Create the component and load its data files.

        Args:
            nlp: The pipeline.
            name: Component name.
            data_dir: Folder with the data files; "" for the packaged ones.
        """
        self.nlp = nlp
        self.name = name
        self.data_dir = data_dir
        self._load()

    def _load(self) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the component's data files into ``path``.

        Args:
            path: Output folder (created).
            exclude: Unused; spaCy's serialization protocol.
        """
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        source = Path(self.data_dir) if self.data_dir else RESOURCE_DIR
        for name in self.files:
            shutil.copyfile(source / f"{name}.json", path / f"{name}.json")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ResourceComponent:
        """Reload the component's data files from ``path``.

        Args:
            path: Folder written by :meth:`to_disk`.
            exclude: Unused; spaCy's serialization protocol.

        Returns:
            The component itself.
        """
        self.data_dir = str(Path(path))
        self._load()
        return self
