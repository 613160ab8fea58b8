import pathlib

import pytest

DATA = pathlib.Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def text() -> str:
    return (DATA / "shuozhou-2024.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def report(text):
    import fazhi

    return fazhi.extract(text)
