#!/usr/bin/env python3
"""Swagger UI in a real browser: opens /swagger-ui/ of a running service in headless Chromium
(Debian's chromium and chromium-driver; nothing is downloaded), checks that every operation of
the spec is listed and that the Authorize button is there, runs "Try it out" → "Execute" on
GET /api/v1/taxonomy (public) and on GET /api/v1/me (401 without a token), then pastes the API
token from $SWAGGER_TOKEN into the Authorize dialog as a front-end developer would and runs
GET /api/v1/me again (200, the token's own name), and saves a screenshot.

Usage: SWAGGER_TOKEN=pt_... swagger_ui_check.py BASE_URL SCREENSHOT.png
"""

import json
import os
import sys
import urllib.request

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium fetch a browser or driver

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def main() -> int:
    base, screenshot = sys.argv[1].rstrip("/"), sys.argv[2]
    with urllib.request.urlopen(f"{base}/api-docs/openapi.json", timeout=30) as res:
        spec = json.load(res)
    methods = {"get", "post", "put", "patch", "delete"}
    operations = sum(
        1 for item in spec["paths"].values() for method in item if method in methods
    )

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,2000",
        "--lang=en-US",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        wait = WebDriverWait(driver, 60)
        driver.get(f"{base}/swagger-ui/")
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock"))
        listed = len(driver.find_elements(By.CSS_SELECTOR, ".opblock"))
        print(f"Swagger UI lists {listed} operations; the spec has {operations}")
        if listed != operations:
            driver.save_screenshot(screenshot)
            print("FAIL: not every operation is listed", file=sys.stderr)
            return 1
        if not driver.find_elements(By.CSS_SELECTOR, ".auth-wrapper .authorize"):
            driver.save_screenshot(screenshot)
            print("FAIL: no Authorize button (bearer scheme missing)", file=sys.stderr)
            return 1

        def try_it_out(operation_id: str) -> tuple[str, str]:
            """Opens an operation, presses "Try it out" (once) and "Execute"; the status and
            body shown."""
            block = driver.find_element(By.CSS_SELECTOR, f"[id$='-{operation_id}']")
            driver.execute_script("arguments[0].scrollIntoView();", block)
            if not block.find_elements(By.CSS_SELECTOR, ".execute"):
                if not block.find_elements(By.CSS_SELECTOR, ".try-out__btn"):
                    block.find_element(By.CSS_SELECTOR, ".opblock-summary").click()
                wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, ".try-out__btn"))
                block.find_element(By.CSS_SELECTOR, ".try-out__btn").click()
                wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, ".execute"))
            for old in block.find_elements(By.CSS_SELECTOR, ".btn-clear"):
                old.click()
            block.find_element(By.CSS_SELECTOR, ".execute").click()
            cell = ".live-responses-table .response .response-col_status"
            wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, cell))
            status = block.find_element(By.CSS_SELECTOR, cell).text.strip()
            body = " ".join(
                e.get_attribute("textContent")
                for e in block.find_elements(
                    By.CSS_SELECTOR, ".live-responses-table .response-col_description pre"
                )
            )
            return status, body

        status, body = try_it_out("getTaxonomy")
        print(f"Try it out: GET /api/v1/taxonomy answered {status}")
        if status != "200" or "产出指标" not in body:
            driver.save_screenshot(screenshot)
            print(f"FAIL: expected 200 with the taxonomy, got {status}: {body[:300]}", file=sys.stderr)
            return 1

        status, body = try_it_out("whoAmI")
        print(f"Try it out without a token: GET /api/v1/me answered {status}")
        if status != "401":
            driver.save_screenshot(screenshot)
            print(f"FAIL: expected 401 without a token, got {status}: {body[:300]}", file=sys.stderr)
            return 1

        # Authorize: paste the token, confirm, close the dialog.
        token = os.environ["SWAGGER_TOKEN"].strip()
        driver.find_element(By.CSS_SELECTOR, ".auth-wrapper .authorize").click()
        dialog = ".dialog-ux .modal-ux"
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f"{dialog} input"))
        driver.find_element(By.CSS_SELECTOR, f"{dialog} input").send_keys(token)
        driver.find_element(By.CSS_SELECTOR, f"{dialog} .auth-btn-wrapper .authorize").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f"{dialog} .btn-done"))
        driver.find_element(By.CSS_SELECTOR, f"{dialog} .btn-done").click()
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, dialog))

        status, body = try_it_out("whoAmI")
        # The curl line shows the token: hidden before the screenshot is kept.
        driver.execute_script(
            "document.querySelectorAll('.curl-command').forEach(e => e.style.visibility = 'hidden')"
        )
        driver.save_screenshot(screenshot)
        print(f"Try it out with the pasted token: GET /api/v1/me answered {status}; screenshot in {screenshot}")
        if status != "200" or '"role"' not in body:
            print(f"FAIL: expected 200 with the caller, got {status}: {body[:300]}", file=sys.stderr)
            return 1
        return 0
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
