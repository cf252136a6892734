"""The benchmark's own logic (its timings are never asserted): request names, percentiles, scale values, the load balancer."""

import http.server
import threading
import time

import pandas as pd
import pytest
import requests

from bench import balancer, load, replay, scale
from callbacks import url_state
from geo.view_state import DEFAULT
from layouts import ids


def test_a_callback_is_named_by_its_first_output():
    assert replay.output_name('{"output": "..view-state.data@1a2b...url.search.."}') == "view-state.data"
    assert replay.output_name('{"output": "ranking-chart.figure"}') == "ranking-chart.figure"


def test_percentiles_of_a_hand_checked_list():
    values = list(range(1, 101))  # 1 … 100
    assert replay.percentile(values, 0.5) == pytest.approx(50.5)
    assert replay.percentile(values, 0.95) == pytest.approx(95.05)


def test_each_municipality_carries_its_kreis_value_and_a_vanished_kreis_stays_missing(atlas):
    places = pd.Series(["05513000", "05562004", "03152001"])  # Gelsenkirchen, Datteln (Kreis Recklinghausen), old Kreis Göttingen
    values = scale.kreis_values(atlas, places)
    rows = atlas.indicators
    kreis = rows[(rows["level"] == "kreis") & (rows["indicator"] == scale.INDICATORS[0]) & (rows["year"] == 2019)]
    by_kreis = kreis.set_index("ags")["value"]
    mine = values[(values["indicator"] == scale.INDICATORS[0]) & (values["year"] == 2019)].set_index("ags")["value"]
    assert mine["05513000"] == by_kreis["05513"] and mine["05562004"] == by_kreis["05562"]
    assert "03152001" not in mine.index  # Göttingen (03152) was merged in 2016; no value is made up for it


def test_every_step_of_the_load_tests_walk_changes_the_view(atlas):
    """A step the page ignored would make the recorded visit shorter than it claims."""
    state = url_state.stored(DEFAULT)
    for control, value in load.WALK:
        state = url_state.apply_controls(control, value, state, atlas)[(ids.STATE, "data")]


def test_the_load_balancer_spreads_requests_over_every_instance():
    """nginx as the load test runs it, in front of two tiny servers on loopback (a large POST like a callback's)."""

    class Echo(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            answer = f"{self.server.server_port} {len(body)}".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        do_GET = do_POST

        def log_message(self, *args):
            pass

    instances = [http.server.ThreadingHTTPServer(("127.0.0.1", 0), Echo) for _ in range(2)]
    for instance in instances:
        threading.Thread(target=instance.serve_forever, daemon=True).start()
    try:
        with balancer.nginx([f"http://127.0.0.1:{instance.server_port}" for instance in instances]) as front:
            answers = [requests.post(front.url + "/_dash-update-component", data=b"x" * 100_000, timeout=5).text for _ in range(6)]
            time.sleep(1.2)  # nginx writes its log every second
            answered_by = front.answered_by()
    finally:
        for instance in instances:
            instance.shutdown()
    assert {answer.split()[0] for answer in answers} == {str(instance.server_port) for instance in instances}
    assert {answer.split()[1] for answer in answers} == {"100000"}
    assert sorted(answered_by) == sorted(f"127.0.0.1:{instance.server_port}" for instance in instances)
