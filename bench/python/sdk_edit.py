"""The job a cold `imgedit edit -i IMAGE -p PROMPT` does against ModelsLab, done with ModelsLab's Python SDK.

Usage: python3 sdk_edit.py BASE_URL IMAGE PROMPT OUTPUT, with the SDK's source checkout on PYTHONPATH and the key
in MODELSLAB_API_KEY. The same exchanges as imgedit: upload the image (base64_to_url), submit to Flux Kontext Pro,
poll fetch_result while processing (waiting the eta it announces), download the output, write it.

The SDK has no upload or download helper, so those go through its Client.post and through requests, which the SDK
itself uses; its BaseAPI.fetch cannot be used for Kontext (BFLProvider leaves base_url unset) and sleeps a fixed
fetch_timeout, so polling goes through Client.post too.
"""

import base64
import os
import sys
import time

import requests
from modelslab_py.core.client import Client
from modelslab_py.providers.bfl.api import BFLProvider
from modelslab_py.providers.bfl.schemas import FluxKontextProSchema

MEDIA_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def data_uri(path):
    with open(path, "rb") as file:
        data = file.read()
    media_type = next((kind for magic, kind in MEDIA_TYPES.items() if data.startswith(magic)), "image/png")
    return "data:" + media_type + ";base64," + base64.b64encode(data).decode("ascii")


def main(base_url, image, prompt, output):
    client = Client(api_key=os.environ["MODELSLAB_API_KEY"])
    client.base_url = base_url.rstrip("/") + "/api/"
    uploaded = client.post(client.base_url + "v6/base64_to_url", {"base64_string": data_uri(image)})
    reply = BFLProvider(client=client).flux_kontext_pro(
        FluxKontextProSchema(init_image=uploaded["output"][0], prompt=prompt))
    while reply["status"] == "processing":
        time.sleep(float(reply.get("eta") or 1))
        reply = client.post(reply.get("fetch_result") or client.base_url + "v7/images/fetch/" + str(reply["id"]))
    if reply["status"] != "success":
        sys.exit("sdk_edit: the job ended " + reply["status"])
    download = requests.get(reply["output"][0], timeout=60)
    download.raise_for_status()
    with open(output, "wb") as file:
        file.write(download.content)
    print(output)


if __name__ == "__main__":
    main(*sys.argv[1:5])
