"""schemathesis hooks for `.ci/run`: a serializer for the NDJSON body of the bulk uploads
(schemathesis has none of its own): a string is sent as it is, a list one JSON value per line;
and the file answers (CSV, Excel) read as the strings their schema says they are."""

import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx, value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    if isinstance(value, list):
        return "\n".join(json.dumps(item, ensure_ascii=False) for item in value).encode()
    return json.dumps(value, ensure_ascii=False).encode()


# The CSV and Excel answers (the exports, the printed forms, the side-by-side workbook) are files:
# their schema is a string. Without a deserializer the stateful phase counts every link it infers
# from such an answer (`$response.body#/*/sheet_id`) as an error of its own ("Cannot deserialize
# response"); read as the opaque string the schema says they are, those links simply do not apply.
@schemathesis.deserializer("text/csv")
def csv_text(ctx, response):
    return response.content.decode("utf-8")


@schemathesis.deserializer("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
def xlsx_file(ctx, response):
    return response.content.decode("latin-1")


# A link the stateful phase infers may fill a request header (`X-Request-Id`) from a number in a
# response (an id); HTTP header values are text, and the HTTP client refuses anything else before
# sending ("must be of type str or bytes"), which counted as an error of the scenario. The
# number is sent as its text, as any client would.
@schemathesis.hook
def before_call(ctx, case, kwargs):
    if case.headers:
        for name, value in list(case.headers.items()):
            if not isinstance(value, (str, bytes)):
                case.headers[name] = json.dumps(value) if isinstance(value, (dict, list)) else str(value)
