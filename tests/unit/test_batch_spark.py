"""The Spark engine on a real standalone cluster (master + worker on 127.0.0.1) from pyspark.

The cluster is started from the pyspark install ($SPARK_HOME is the package folder), runs a job
over a WARC and a JSONL fixture, and its output must equal the local engine's record for record.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.unit.batch_archive import Archive, build_jsonl, build_warc

from newsfacts.batch.local import run_local
from newsfacts.batch.writers import read_rows, shard_paths

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"spark process exited early:\n{log.read_text(errors='replace')[-3000:]}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"spark did not listen on {port}:\n{log.read_text(errors='replace')[-3000:]}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def spark_master(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.fail("Java is needed for the Spark test")
    home = Path(pyspark.__file__).parent
    logs = tmp_path_factory.mktemp("spark-logs")
    env = {
        **os.environ,
        "SPARK_HOME": str(home),
        "SPARK_LOCAL_IP": "127.0.0.1",
        "SPARK_LOG_DIR": str(logs),
        "SPARK_WORKER_DIR": str(logs / "work"),
        "PYSPARK_PYTHON": sys.executable,
    }
    spark_class = str(home / "bin" / "spark-class")
    port, ui, worker_ui = _free_port(), _free_port(), _free_port()
    url = f"spark://127.0.0.1:{port}"
    master_args = ["--host", "127.0.0.1", "--port", str(port), "--webui-port", str(ui)]
    worker_args = ["--host", "127.0.0.1", "--cores", "1", "--memory", "1g"]
    worker_args += ["--webui-port", str(worker_ui)]
    processes: list[subprocess.Popen[bytes]] = []
    try:
        master_log = logs / "master.log"
        with open(master_log, "wb") as log:
            master = subprocess.Popen(
                [spark_class, "org.apache.spark.deploy.master.Master", *master_args],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        processes.append(master)
        _wait_for_port(port, master, master_log)
        worker_log = logs / "worker.log"
        with open(worker_log, "wb") as log:
            worker = subprocess.Popen(
                [spark_class, "org.apache.spark.deploy.worker.Worker", url, *worker_args],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        processes.append(worker)
        deadline = time.monotonic() + 90
        while b"Successfully registered with master" not in worker_log.read_bytes():
            if worker.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"worker did not register:\n{worker_log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield url
    finally:
        for process in reversed(processes):
            _stop(process)


def _rows(folder: Path) -> dict[str, dict[str, Any]]:
    rows = [row for path in shard_paths(folder) for row in read_rows(path)]
    by_id = {row["id"]: row for row in rows}
    assert len(by_id) == len(rows)
    return by_id


def test_batch_spark_cluster_matches_the_local_engine(
    spark_master: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfacts.batch.spark import run_spark

    archive = Archive(root=tmp_path, inputs=[])
    build_warc(tmp_path, archive)
    build_jsonl(tmp_path, archive)
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    spark_out = tmp_path / "spark"
    summary = run_spark(archive.inputs, spark_out, master=spark_master, fmt="parquet")
    local_out = tmp_path / "local"
    run_local(archive.inputs, local_out, workers=1, fmt="parquet")

    spark_rows, local_rows = _rows(spark_out), _rows(local_out)
    assert set(spark_rows) == set(archive.ids)
    assert spark_rows == local_rows
    assert summary.records == len(archive.ids)
    assert summary.errors == len(archive.error_ids)
    # one shard per input file, written whole
    assert len(shard_paths(spark_out)) == len(archive.inputs)
    assert not list(spark_out.glob(".*.tmp"))


def test_the_spark_submit_entry_reports_usage_errors(tmp_path: Path) -> None:
    # spark-submit runs newsfacts/__main__.py: the command line of `newsfacts batch`
    import subprocess
    import sys

    import newsfacts

    entry = Path(newsfacts.__file__).with_name("__main__.py")
    (tmp_path / "p.html").write_text("<p>x</p>", encoding="utf-8")
    for args in (
        [str(tmp_path / "missing.warc.gz"), "-o", str(tmp_path / "o")],
        [str(tmp_path / "p.html"), "-o", str(tmp_path / "o"), "--limit", "3"],
    ):
        run = subprocess.run(
            [sys.executable, str(entry), "batch", "--engine", "spark", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 2, run.stderr
        assert "newsfacts:" in run.stderr


def test_the_spark_engine_does_not_import_the_command_line() -> None:
    import ast

    import newsfacts.batch.spark as spark

    tree = ast.parse(Path(spark.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "newsfacts.cli" not in imported
