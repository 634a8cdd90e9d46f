"""schemathesis hooks for `.ci/run`: a serializer for the NDJSON body of `POST /sheets/bulk`
(schemathesis has none of its own): a string is sent as it is, a list one JSON value per line."""

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
