"""What a person sees: viewport sizes, and geometry checks on the page as drawn.

Each check returns a list of readable problems (empty when the screen is right), so a
failing test says which element is wrong, where, and by how much.
"""

from __future__ import annotations

import time
from pathlib import Path

from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

#: The screens the atlas is used on (issue #13): desktop, projector (two), phone.
SCREENS = {"desktop": (1440, 900), "projector": (1280, 720), "projector-hd": (1920, 1080), "phone": (390, 844)}
SHOTS = Path(__file__).resolve().parents[2] / ".cache" / "screens"


def set_screen(driver, name: str) -> None:
    """Exactly this viewport (the window's own chrome would otherwise take part of it); a phone as a touch device."""
    width, height = SCREENS[name]
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": name == "phone"}
    )
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": name == "phone"})


def screenshot(driver, name: str) -> Path:
    """Saved under .cache/screens/ for a person to look at; the tests assert on geometry, not pixels."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


_RECT = "const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"


def rect(driver, selector: str) -> list[float] | None:
    """``[left, top, right, bottom]`` of the first match in viewport pixels, None if absent."""
    return driver.execute_script(f"const e = document.querySelector(arguments[0]); if (!e) return null; {_RECT}", selector)


def press(dash_duo, *keys) -> None:
    """Keys as a person presses them, to whatever has the focus."""
    ActionChains(dash_duo.driver).send_keys(*keys).perform()


def focused(driver) -> dict:
    """The element with the focus: its id, role, accessible label ids and text."""
    return driver.execute_script(
        "const e = document.activeElement; return {id: e.id, role: e.getAttribute('role'),"
        " labelledby: e.getAttribute('aria-labelledby'), text: (e.innerText || '').trim()};"
    )


def text(driver, selector: str) -> str:
    """The visible text of the first match, read in one script: a node Dash replaces mid-read cannot go stale."""
    return driver.execute_script("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", selector)


def horizontal_overflow(driver) -> list[str]:
    """The page is wider than the window (a person would have to scroll sideways)."""
    width, client = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    return [f"page is {width} px wide in a {client} px window"] if width > client else []


def inside_viewport(driver, selector: str) -> list[str]:
    """The element is drawn and lies wholly within the window, without scrolling the page."""
    box = rect(driver, selector)
    width, height = driver.execute_script("return [innerWidth, innerHeight]")
    if box is None:
        return [f"{selector} is missing"]
    left, top, right, bottom = box
    if right - left < 1 or bottom - top < 1:
        return [f"{selector} is not drawn (size {right - left:.0f}×{bottom - top:.0f})"]
    if left < -1 or top < -1 or right > width + 1 or bottom > height + 1:
        return [f"{selector} at {[round(v) for v in box]} is outside the {width}×{height} window"]
    return []


def spills(driver, child: str, parent: str) -> list[str]:
    """Every visible ``child`` inside a visible ``parent`` lies within that parent's box (1 px tolerance)."""
    script = """
    const out = [];
    for (const p of document.querySelectorAll(arguments[0])) {
      if (!p.offsetParent && getComputedStyle(p).position !== 'fixed') continue;
      const b = p.getBoundingClientRect();
      for (const c of p.querySelectorAll(arguments[1])) {
        const r = c.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1)
          out.push(`${arguments[1]} [${[r.left, r.top, r.right, r.bottom].map(Math.round)}] outside ${arguments[0]}`
                   + ` ${p.id || p.className} [${[b.left, b.top, b.right, b.bottom].map(Math.round)}]`);
      }
    }
    return out;"""
    return driver.execute_script(script, parent, child)


def drawn_shapes(driver, container: str) -> tuple[int, int]:
    """``(all, drawn)``: the map's place shapes, and those at a real size (at least 2×2 px) inside the map's box."""
    script = """
    const map = document.querySelector(arguments[0]);
    if (!map) return [0, 0];
    const box = map.getBoundingClientRect();
    const shapes = [...map.querySelectorAll('path.place')];
    const drawn = shapes.filter(s => { const r = s.getBoundingClientRect();
      return r.width >= 2 && r.height >= 2 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom; });
    return [shapes.length, drawn.length];"""
    return tuple(driver.execute_script(script, container))


def settle(check, timeout: float = 10.0) -> list[str]:
    """Poll ``check`` (which returns problems) until it finds none or time is up; the last problems found.

    The page draws in steps (a callback, then Leaflet, then Plotly), so a check is
    repeated until the screen has settled, and a failure names what was still wrong.
    """
    deadline = time.monotonic() + timeout
    while True:
        problems = check()
        if not problems or time.monotonic() > deadline:
            return problems
        time.sleep(0.2)


def accessible(driver, selector: str) -> dict:
    """What a screen reader is told about the first match: its role, name and description, as Chromium computes them."""
    document = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
    (ax, *_) = driver.execute_cdp_cmd("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})["nodes"]
    return {key: ax.get(key, {}).get("value", "") for key in ("role", "name", "description")}


def tab_to(dash_duo, selector: str, *, backwards: bool = False, limit: int = 60) -> int:
    """Press Tab (or Shift+Tab) until the element matching ``selector`` has the focus, as a keyboard user does;
    the number of presses it took. Fails when it is not reached within ``limit`` presses."""
    for presses in range(1, limit + 1):
        chain = ActionChains(dash_duo.driver)
        (chain.key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT) if backwards else chain.send_keys(Keys.TAB)).perform()
        if dash_duo.driver.execute_script("return document.activeElement.matches(arguments[0])", selector):
            return presses
    direction = "Shift+Tab" if backwards else "Tab"
    raise AssertionError(f"{selector} not reached with {limit} presses of {direction}; the focus is on {focused(dash_duo.driver)}")


def choose(dash_duo, dropdown_id: str, label_start: str) -> None:
    """Open a dcc.Dropdown and click the option whose label starts with ``label_start``."""
    dash_duo.find_element(f"#{dropdown_id}").click()
    until(lambda: any(o.text.startswith(label_start) for o in dash_duo.find_elements(".dash-dropdown-option")), timeout=5)
    next(o for o in dash_duo.find_elements(".dash-dropdown-option") if o.text.startswith(label_start)).click()
