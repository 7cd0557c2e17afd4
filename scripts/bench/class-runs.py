#!/usr/bin/env python3
"""A class pressing Run on the model page together while a class game goes on: how long each run waits, in what order
the runs start, and how fast the game answers meanwhile.
  scripts/bench/class-runs.py REGSIM.dll [--students 40] [--gap 0.2] [--replications 2000] [--port PORT] [--detail]

Starts `dotnet REGSIM.dll serve` on 127.0.0.1 (a free port unless given, a fresh data folder), starts a game of one student per region and opens
its first round. Then measures the game's requests (alternately a student's view, GET /api/games/CODE, and a decision,
PUT /api/games/CODE/decision) for a few seconds alone, then while STUDENTS pages press Run GAP seconds apart, as the page does:
each posts /api/runs, retries every 2 s while the server answers 429 (a server without a queue), then follows the run's
events to its result. Prints the game's request times (median, 95th percentile, max) without and with the runs, each
run's wait (from pressing Run to its first replication), how many runs started before a run pressed earlier (overtakes:
0 when the runs start first come, first served) and, for a server that tells a waiting page its wait, how far the first
wait it told, and the one it told halfway through the wait, were from the real one. --detail prints every run. Needs only Python 3's standard library.
"""
import argparse
import http.client
import socket
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HOST = "127.0.0.1"


def request(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    try:
        data = None if body is None else json.dumps(body).encode()
        all_headers = {"Content-Type": "application/json"} if data is not None else {}
        all_headers.update(headers or {})
        connection.request(method, path, body=data, headers=all_headers)
        response = connection.getresponse()
        text = response.read()
        return response.status, (json.loads(text) if text else None)
    finally:
        connection.close()


def wait_for_server(port, process):
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"class-runs: the server stopped (exit code {process.returncode})")
        try:
            status, _ = request(port, "GET", "/api/scenarios")
            if status == 200:
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("class-runs: the server did not answer within 60 s")


def start_game(port):
    status, body = request(port, "POST", "/api/games", {"scenario": "baseline", "teamSize": 1})
    if status != 201 and status != 200:
        sys.exit(f"class-runs: could not start a game ({status}: {body})")
    code, teacher = body["code"], body["teacherToken"]
    seats = []
    for i in range(16):
        status, seat = request(port, "POST", f"/api/games/{code}/seats", {"name": f"student{i}"})
        if status in (200, 201):
            seats.append(seat["token"])
    status, _ = request(port, "POST", f"/api/games/{code}/advance", headers={"X-Teacher-Token": teacher})
    if status != 200:
        sys.exit(f"class-runs: could not open the first round ({status})")
    deciding = [s for s in seats if request(port, "PUT", f"/api/games/{code}/decision", {"bid": False}, {"X-Seat-Token": s})[0] == 200]
    if not deciding:
        sys.exit("class-runs: no seat may decide in the first round")
    return code, seats, deciding


class GameProbe(threading.Thread):
    """Sends the game's requests one after another, 100 ms apart, recording each one's time in milliseconds."""

    def __init__(self, port, code, seats, deciding):
        super().__init__(daemon=True)
        self.port, self.code, self.seats, self.deciding = port, code, seats, deciding
        self.samples = []  # (time sent, milliseconds)
        self.stop = threading.Event()

    def run(self):
        i = 0
        while not self.stop.is_set():
            started = time.time()
            if i % 2 == 0:
                request(self.port, "GET", f"/api/games/{self.code}", headers={"X-Seat-Token": self.seats[i % len(self.seats)]})
            else:
                seat = self.deciding[i % len(self.deciding)]
                request(self.port, "PUT", f"/api/games/{self.code}/decision", {"bid": False}, {"X-Seat-Token": seat})
            self.samples.append((started, (time.time() - started) * 1000))
            i += 1
            self.stop.wait(0.1)


class Student(threading.Thread):
    """One page pressing Run: posts the run (retrying on 429 every 2 s), then follows its events to the end."""

    def __init__(self, port, number, replications, press_at):
        super().__init__(daemon=True)
        self.port, self.number, self.replications, self.press_at = port, number, replications, press_at
        self.started = None  # when its first replication was reported
        self.posted = None  # when the server answered its request
        self.first_event = None
        self.told = []  # (when, seconds) of every wait the server told
        self.ended = None
        self.outcome = None

    def run(self):
        try:
            self.follow()
        except OSError as e:
            self.outcome = f"error: {e}"

    def follow(self):
        time.sleep(max(0.0, self.press_at - time.time()))
        while True:
            status, body = request(self.port, "POST", "/api/runs", {"scenario": "baseline", "replications": self.replications})
            if status == 429:
                time.sleep(2)
                continue
            if status != 201:
                self.outcome = f"refused {status}"
                return
            break
        self.posted = time.time()
        queued_reported = False
        connection = http.client.HTTPConnection(HOST, self.port, timeout=600)
        connection.request("GET", body["events"])
        response = connection.getresponse()
        event = None
        while True:
            line = response.readline()
            if not line:
                break
            line = line.decode().rstrip("\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
                if self.first_event is None:
                    self.first_event = (event, data)
                if event == "queued":
                    queued_reported = True
                    if data.get("waitSeconds") is not None:
                        self.told.append((time.time(), data["waitSeconds"]))
                elif event == "progress" and self.started is None and (data["done"] > 0 or not queued_reported):
                    self.started = time.time()
                elif event in ("result", "cancelled", "failed"):
                    self.outcome = event
                    self.ended = time.time()
                    if self.started is None:
                        self.started = self.ended
                    break
        connection.close()


def describe(samples):
    values = sorted(ms for _, ms in samples)
    if not values:
        return "no requests"
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return f"{len(values)} requests, median {statistics.median(values):.0f} ms, 95th percentile {p95:.0f} ms, max {values[-1]:.0f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dll")
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--replications", type=int, default=2000)
    parser.add_argument("--gap", type=float, default=0.2)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--detail", action="store_true")
    args = parser.parse_args()
    if args.port == 0:
        with socket.socket() as probe:
            probe.bind((HOST, 0))
            args.port = probe.getsockname()[1]
    repository = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    data = tempfile.mkdtemp(prefix="class-runs-")
    process = subprocess.Popen(["dotnet", args.dll, "serve", "--port", str(args.port), "--data", data,
                                "--scenarios", os.path.join(repository, "scenarios")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_server(args.port, process)
        code, seats, deciding = start_game(args.port)
        probe = GameProbe(args.port, code, seats, deciding)
        probe.start()
        time.sleep(5)
        alone = list(probe.samples)
        begin = time.time() + 0.5
        students = [Student(args.port, i, args.replications, begin + args.gap * i) for i in range(args.students)]
        for s in students:
            s.start()
        for s in students:
            s.join()
        finished = time.time()
        probe.stop.set()
        probe.join()
        during = [(t, ms) for t, ms in probe.samples if begin <= t <= finished]
        print(f"game alone:          {describe(alone)}")
        print(f"game during the runs: {describe(during)}")
        waits = [s.started - s.press_at for s in students if s.started is not None]
        total = [s.ended - s.press_at for s in students if s.ended is not None]
        outcomes = {}
        for s in students:
            outcomes[s.outcome] = outcomes.get(s.outcome, 0) + 1
        print(f"runs: {args.students} of {args.replications} replications, outcomes {outcomes}, all done after {finished - begin:.1f} s")
        if waits:
            print(f"wait before starting: median {statistics.median(waits):.1f} s, max {max(waits):.1f} s "
                  f"(first presser {students[0].started - students[0].press_at:.1f} s, last presser {students[-1].started - students[-1].press_at:.1f} s)")
            print(f"pressing Run to result: median {statistics.median(total):.1f} s, max {max(total):.1f} s")
        overtakes = sum(1 for a in students for b in students
                        if a.number < b.number and a.started is not None and b.started is not None and b.started < a.started - 0.01)
        print(f"overtakes (a run pressed later starting before one pressed earlier): {overtakes} of {args.students * (args.students - 1) // 2} pairs")
        first = [abs(s.told[0][0] + s.told[0][1] - s.started) for s in students if s.told and s.started is not None]
        if first:
            # The wait told halfway through a run's wait: what a student glancing at the page then reads.
            halfway = [abs(t + w - s.started) for s in students if s.told and s.started is not None
                       for t, w in [min(s.told, key=lambda told: abs(told[0] - (s.press_at + s.started) / 2))]]
            print(f"waits told: {len(first)} runs; the first wait told was off by median {statistics.median(first):.1f} s, "
                  f"max {max(first):.1f} s; the one told halfway through the wait by median {statistics.median(halfway):.1f} s, max {max(halfway):.1f} s")
        if args.detail:
            for s in students:
                told = f", first told at {s.told[0][0] - s.press_at:.1f} s to wait {s.told[0][1]} s" if s.told else ""
                print(f"  student {s.number}: answered after {s.posted - s.press_at:.1f} s, first event {s.first_event}{told}, "
                      f"started after {s.started - s.press_at:.1f} s, ended after {s.ended - s.press_at:.1f} s")
    finally:
        process.terminate()
        process.wait(30)


if __name__ == "__main__":
    main()
