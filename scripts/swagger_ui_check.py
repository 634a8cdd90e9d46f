#!/usr/bin/env python3
"""Swagger UI in a real browser: opens /swagger-ui/ of a running service in headless Chromium
(Debian's chromium and chromium-driver; nothing is downloaded), checks that every operation of
the spec is listed and that the Authorize button is there, runs "Try it out" → "Execute" on
GET /api/v1/taxonomy (public) and on GET /api/v1/me (401 without a token), then pastes the API
token from $SWAGGER_TOKEN into the Authorize dialog as a front-end developer would and runs
GET /api/v1/me again (200, the token's own name). Then it opens the bulk upload
(POST /api/v1/sheets/bulk), picks the Word media type, expects a FILE PICKER there (not a text
box), chooses the given `.docx` of the 附件2 forms with it, runs it as a dry run and expects the
import summary: one item per form of the document, none failed. It saves a screenshot.

Usage: SWAGGER_TOKEN=pt_... swagger_ui_check.py BASE_URL SCREENSHOT.png FORMS.docx
(FORMS.docx: `cargo run --example seed_forms_docx -- FORMS.docx` writes the example data's forms.)
"""

import json
import os
import re
import sys
import urllib.request
import zipfile

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium fetch a browser or driver

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def forms_in(docx: str) -> int:
    """The number of 附件2 forms in a Word document: paragraphs whose text is `附件2`."""
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    texts = ("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)).strip() for p in paragraphs)
    return sum(1 for t in texts if t == "附件2")


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    base, screenshot, docx = sys.argv[1].rstrip("/"), sys.argv[2], os.path.abspath(sys.argv[3])
    forms = forms_in(docx)
    if forms == 0:
        print(f"FAIL: {docx} holds no 附件2 form", file=sys.stderr)
        return 1
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

        def open_try_out(operation_id: str):
            """Opens an operation and presses "Try it out" (once); the operation's block."""
            block = driver.find_element(By.CSS_SELECTOR, f"[id$='-{operation_id}']")
            driver.execute_script("arguments[0].scrollIntoView();", block)
            if not block.find_elements(By.CSS_SELECTOR, ".execute"):
                if not block.find_elements(By.CSS_SELECTOR, ".try-out__btn"):
                    block.find_element(By.CSS_SELECTOR, ".opblock-summary").click()
                wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, ".try-out__btn"))
                block.find_element(By.CSS_SELECTOR, ".try-out__btn").click()
                wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, ".execute"))
            return block

        def execute(block) -> tuple[str, str]:
            """Presses "Execute" (after "Clear" of an earlier answer); the status and the response
            body shown."""
            for old in block.find_elements(By.CSS_SELECTOR, ".btn-clear"):
                old.click()
            block.find_element(By.CSS_SELECTOR, ".execute").click()
            cell = ".live-responses-table .response .response-col_status"
            wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, cell))
            status = block.find_element(By.CSS_SELECTOR, cell).text.strip()
            body = " ".join(
                e.get_attribute("textContent")
                for e in block.find_elements(
                    By.CSS_SELECTOR,
                    ".live-responses-table .response .response-col_description .highlight-code pre",
                )
            )
            return status, body

        def try_it_out(operation_id: str) -> tuple[str, str]:
            """Opens an operation, presses "Try it out" and "Execute"; the status and body shown."""
            return execute(open_try_out(operation_id))

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
        hide_token = (
            "document.querySelectorAll('.curl-command').forEach(e => e.style.visibility = 'hidden')"
        )
        print(f"Try it out with the pasted token: GET /api/v1/me answered {status}")
        if status != "200" or '"role"' not in body:
            driver.save_screenshot(screenshot)
            print(f"FAIL: expected 200 with the caller, got {status}: {body[:300]}", file=sys.stderr)
            return 1

        # The bulk upload: the Word media type must offer a file picker, as a front-end developer
        # would use it to send a .docx of the forms.
        block = open_try_out("bulkUploadSheets")
        body_section = block.find_element(By.CSS_SELECTOR, ".opblock-section-request-body")
        Select(body_section.find_element(By.CSS_SELECTOR, "select.content-type")).select_by_value(DOCX)
        pickers = body_section.find_elements(By.CSS_SELECTOR, "input[type='file']")
        if not pickers:
            shown = " ".join(
                (e.get_attribute("value") or e.get_attribute("textContent") or "").strip()
                for e in body_section.find_elements(By.CSS_SELECTOR, "textarea, i")
            )
            driver.execute_script("arguments[0].scrollIntoView();", body_section)
            driver.save_screenshot(screenshot)
            print(
                f"FAIL: POST /api/v1/sheets/bulk shows no file picker for {DOCX}: the spec does not "
                f"mark that body as a file (format: binary or contentMediaType); shown instead: "
                f"{shown[:200]!r}",
                file=sys.stderr,
            )
            return 1
        pickers[0].send_keys(docx)
        Select(block.find_element(By.CSS_SELECTOR, "tr[data-param-name='dry_run'] select")).select_by_value(
            "true"
        )
        status, body = execute(block)
        driver.execute_script(hide_token)
        # The picker with the file chosen, and the answer below it.
        driver.execute_script("arguments[0].scrollIntoView();", body_section)
        driver.save_screenshot(screenshot)
        print(
            f"Bulk upload of {os.path.basename(docx)} ({forms} forms) through the file picker, a dry "
            f"run: {status}; screenshot in {screenshot}"
        )
        try:
            summary = json.loads(body)
        except ValueError:
            summary = None
        if status != "200" or not isinstance(summary, dict):
            print(f"FAIL: expected 200 with the import summary, got {status}: {body[:300]}", file=sys.stderr)
            return 1
        counts = {k: summary.get(k) for k in ("dry_run", "created", "updated", "unchanged", "failed")}
        print(f"Import summary: {len(summary.get('items', []))} items, {counts}")
        outcomes = sum(summary.get(k, 0) for k in ("created", "updated", "unchanged"))
        if (
            len(summary.get("items", [])) != forms
            or outcomes != forms
            or summary.get("failed") != 0
            or summary.get("dry_run") is not True
        ):
            print(f"FAIL: expected {forms} sheets read and none failed, in a dry run", file=sys.stderr)
            return 1
        return 0
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
