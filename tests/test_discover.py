import os
from pathlib import Path

import pytest

from newsroom.discover import sha256_file, take_inventory


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_finds_supported_files_recursively_with_hash_and_format(tmp_path):
    write(tmp_path / "a.txt", "Hello")
    write(tmp_path / "sub" / "deeper" / "b.HTML", "<p>x</p>")
    write(tmp_path / "c.jsonl", '{"text": "x"}\n')
    inventory = take_inventory(tmp_path, {})
    assert [(f.path, f.file_format) for f in inventory.new] == [
        ("a.txt", "txt"),
        ("c.jsonl", "jsonl"),
        ("sub/deeper/b.HTML", "html"),
    ]
    a = inventory.new[0]
    assert a.size_bytes == 5 and a.content_hash == sha256_file(tmp_path / "a.txt")


def test_known_files_are_unchanged_changed_or_removed(tmp_path):
    write(tmp_path / "same.txt", "same")
    write(tmp_path / "edited.txt", "new text")
    known = {
        "same.txt": (sha256_file(tmp_path / "same.txt"), "loaded"),
        "edited.txt": ("0" * 64, "loaded"),
        "gone.txt": ("1" * 64, "loaded"),
    }
    inventory = take_inventory(tmp_path, known)
    assert inventory.unchanged == ["same.txt"]
    assert [f.path for f in inventory.changed] == ["edited.txt"]
    assert inventory.removed == ["gone.txt"]
    assert not inventory.new and not inventory.is_noop


def test_unchanged_folder_is_a_noop_and_full_refresh_reprocesses(tmp_path):
    write(tmp_path / "a.txt", "text")
    known = {"a.txt": (sha256_file(tmp_path / "a.txt"), "loaded")}
    assert take_inventory(tmp_path, known).is_noop
    assert [f.path for f in take_inventory(tmp_path, known, full_refresh=True).changed] == ["a.txt"]


def test_unknown_types_and_outside_symlinks_are_refused_once(tmp_path):
    raw = tmp_path / "raw"
    write(raw / "notes.docx", b"PK\x03\x04")
    secret = write(tmp_path / "secret.txt", "outside")
    os.symlink(secret, raw / "link.txt")
    os.symlink(raw / "notes.docx", raw / "inside-link.txt")
    inventory = take_inventory(raw, {})
    reasons = {r.path: r.reason for r in inventory.rejected}
    assert "outside the raw folder" in reasons["link.txt"]
    assert "unsupported file type '.docx'" == reasons["notes.docx"]
    assert [f.path for f in inventory.new] == ["inside-link.txt"]
    # Recorded refusals are not reported again while the files stay as they are.
    again = take_inventory(
        raw,
        {
            "link.txt": ("", "rejected"),
            "notes.docx": ("", "rejected"),
            "inside-link.txt": (inventory.new[0].content_hash, "loaded"),
        },
    )
    assert again.is_noop


def test_names_with_spaces_quotes_and_non_ascii(tmp_path):
    name = "Zürich — “quoted” 'name' ; rm -rf.txt"
    write(tmp_path / name, "text")
    assert [f.path for f in take_inventory(tmp_path, {}).new] == [name]


def test_missing_raw_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        take_inventory(tmp_path / "nope", {})


def test_a_file_with_the_size_and_mtime_it_was_hashed_with_is_not_read_again(tmp_path, monkeypatch):
    from newsroom import discover
    from newsroom.warehouse import KnownFiles

    raw = tmp_path / "raw"
    write(raw / "kept.txt", "first story")
    edited = write(raw / "edited.txt", "second story")
    first = take_inventory(raw, {})
    known = KnownFiles(
        {f.path: (f.content_hash, "loaded") for f in first.new},
        stamps={f.path: (f.size_bytes, f.mtime) for f in first.new},
    )
    write(edited, "second story, edited")
    read = []
    real_hash = discover.sha256_file
    monkeypatch.setattr(
        discover, "sha256_file", lambda path: read.append(os.path.basename(path)) or real_hash(path)
    )
    again = take_inventory(raw, known)
    assert read == ["edited.txt"]
    assert again.unchanged == ["kept.txt"] and [f.path for f in again.changed] == ["edited.txt"]
    read.clear()
    take_inventory(raw, known, full_refresh=True)
    assert sorted(read) == ["edited.txt", "kept.txt"]


def test_symlink_loops_and_dangling_links_are_refused_and_the_rest_discovered(tmp_path):
    """Path.resolve raised RuntimeError("Symlink loop") and stopped discovery of every file."""
    write(tmp_path / "a.txt", "text")
    os.symlink("self.txt", tmp_path / "self.txt")
    os.symlink("pong.txt", tmp_path / "ping.txt")
    os.symlink("ping.txt", tmp_path / "pong.txt")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    inventory = take_inventory(tmp_path, {})
    assert [f.path for f in inventory.new] == ["a.txt"]
    reasons = {r.path: r.reason for r in inventory.rejected}
    assert set(reasons) == {"self.txt", "ping.txt", "pong.txt", "dangling.txt"}
    assert all("does not point to a regular file" in reason for reason in reasons.values())


def test_any_exception_on_one_entry_refuses_that_entry_only(tmp_path, monkeypatch):
    from newsroom import discover

    write(tmp_path / "a.txt", "text")
    write(tmp_path / "b.txt", "other text")
    real_hash = discover.sha256_file

    def hash_or_fail(path):
        if str(path).endswith("a.txt"):
            raise ValueError("x" * 5_000)
        return real_hash(path)

    monkeypatch.setattr(discover, "sha256_file", hash_or_fail)
    inventory = take_inventory(tmp_path, {})
    assert [f.path for f in inventory.new] == ["b.txt"]
    [rejection] = inventory.rejected
    assert rejection.path == "a.txt" and rejection.reason.startswith("ValueError: xxx")
    assert len(rejection.reason) < 600 and rejection.reason.endswith("more characters)")


def test_a_folder_nested_deeper_than_the_recursion_limit_is_walked(tmp_path, monkeypatch):
    """os.walk recurses in Python 3.11: 1,500 nested folders stopped discovery with RecursionError."""
    write(tmp_path / "top.txt", "text")
    monkeypatch.chdir(tmp_path)
    depth = 0
    try:
        for _ in range(1_500):
            os.mkdir("d")
            os.chdir("d")
            depth += 1
        write(Path("deep.txt"), "deep text")
        inventory = take_inventory(tmp_path, {})
    finally:  # shutil.rmtree recurses too: pytest could not remove this folder
        Path("deep.txt").unlink(missing_ok=True)
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    assert [f.path for f in inventory.new] == ["d/" * 1_500 + "deep.txt", "top.txt"]
    assert not inventory.rejected
