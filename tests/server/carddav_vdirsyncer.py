#!/usr/bin/python3
"""Interoperability of the CardDAV address book with a real client: vdirsyncer (Debian).

A real kortelijn-server on 127.0.0.1 with the demo school; vdirsyncer discovers the
address book from the server's root (well-known, principal, home) and syncs it into a
folder. Every card of the book must be there and parse with python3-vobject; an edit
through the web admin API arrives as exactly one changed card on the next sync, a delete
removes the card, and a revoked login gets 401.

usage: carddav_vdirsyncer.py /path/to/kortelijn-server
"""
import glob
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

import vobject

SERVER = sys.argv[1]
PASSWORD = "regenboog-koffie-42"


def cli(data, *args, stdin=None):
    done = subprocess.run([SERVER, args[0], "--data", data, *args[1:]], input=stdin, capture_output=True, text=True, check=True)
    return dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line and " " not in line.split("=", 1)[0])


def vdirsyncer(config, *args):
    env = dict(os.environ, VDIRSYNCER_CONFIG=config)
    return subprocess.run(["vdirsyncer", *args], input="y\n" * 5, capture_output=True, text=True, env=env, timeout=300)


class Admin:
    """The web admin API as the browser UI uses it: a session cookie and the CSRF token."""

    def __init__(self, base, email):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        answer = self.call("POST", "/login", {"email": email, "password": PASSWORD}, csrf=False)
        self.csrf = answer["csrf"]

    def call(self, method, path, body=None, csrf=True):
        headers = {"Content-Type": "application/json"}
        if csrf:
            headers["X-CSRF-Token"] = self.csrf
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + "/admin/api" + path, data=data, method=method, headers=headers)
        with self.opener.open(request, timeout=30) as reply:
            return json.loads(reply.read() or b"{}")


def cards(folder):
    out = {}
    for path in glob.glob(os.path.join(folder, "**", "*.vcf"), recursive=True):
        with open(path, encoding="utf-8") as f:
            card = vobject.readOne(f.read())
        out[card.uid.value] = card
    return out


def main():
    work = tempfile.mkdtemp(prefix="kl-vdirsyncer-")
    data = os.path.join(work, "data")
    school = cli(data, "create-school", "--name", "De Regenboog", "--demo")["school_id"]
    coordinator = cli(data, "create-coordinator", "--school", school, "--name", "Anna", "--email", "anna@regenboog.nl",
                      "--server-url", "http://127.0.0.1")["coordinator_id"]
    cli(data, "set-password", "--coordinator", coordinator, stdin=PASSWORD + "\n")
    server = subprocess.Popen([SERVER, "serve", "--data", data, "--port", "0", "--host", "127.0.0.1"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        port = None
        for line in server.stdout:
            m = re.search(r"listening host=\S+ port=(\d+)", line)
            if m:
                port = int(m.group(1))
                break
        assert port, "the server did not start"
        base = "http://127.0.0.1:%d" % port
        login = cli(data, "carddav-credential", "--school", school, "--label", "vdirsyncer", "--server-url", base)
        assert login["url"] == base + "/carddav/", login
        folder = os.path.join(work, "contacts")
        os.makedirs(folder)
        config = os.path.join(work, "config")
        with open(config, "w") as f:
            f.write("""[general]
status_path = "%(work)s/status/"

[pair school]
a = "school_remote"
b = "school_local"
collections = ["from a"]

[storage school_remote]
type = "carddav"
url = "%(base)s/"
username = "%(user)s"
password = "%(password)s"
read_only = true

[storage school_local]
type = "filesystem"
path = "%(folder)s/"
fileext = ".vcf"
""" % {"work": work, "base": base, "user": login["username"], "password": login["password"], "folder": folder})

        discovered = vdirsyncer(config, "discover")
        assert discovered.returncode == 0, discovered.stdout + discovered.stderr
        first = vdirsyncer(config, "sync")
        assert first.returncode == 0, first.stdout + first.stderr
        synced = cards(folder)
        # Every card of the book, as the server lists it.
        listing = urllib.request.Request(base + "/carddav/schools/%s/contacts/" % school, method="PROPFIND",
                                         headers={"Depth": "1", "Authorization": basic(login)})
        with urllib.request.urlopen(listing, timeout=30) as reply:
            hrefs = re.findall(r"<d:href>([^<]+\.vcf)</d:href>", reply.read().decode())
        assert len(synced) == len(hrefs) > 20, (len(synced), len(hrefs))
        for uid, card in synced.items():
            assert card.fn.value.strip(), uid
        print("first sync: %d cards, all parsed by vobject" % len(synced))

        # An edit in the web admin: exactly one changed card on the next sync.
        admin = Admin(base, "anna@regenboog.nl")
        persons = admin.call("GET", "/rows")["tables"]["persons"]
        target = persons[0]["id"]
        admin.call("POST", "/rows/persons/" + target, {"fields": {"family_name": "Vdirsyncer-Veranderd"}})
        second = vdirsyncer(config, "sync")
        assert second.returncode == 0, second.stdout + second.stderr
        updates = re.findall(r"Copying \(updating\) item (\S+)", second.stdout + second.stderr)
        assert len(updates) == 1 and target in updates[0], second.stdout + second.stderr
        after = cards(folder)
        changed = [uid for uid in after if after[uid].serialize() != synced[uid].serialize()]
        assert len(changed) == 1 and target in changed[0], changed
        assert "Vdirsyncer-Veranderd" in after[changed[0]].fn.value
        print("edit: one changed card")

        # A delete removes the card.
        admin.call("POST", "/rows/persons/%s/delete" % target, {})
        third = vdirsyncer(config, "sync")
        assert third.returncode == 0, third.stdout + third.stderr
        remaining = cards(folder)
        assert len(remaining) == len(after) - 1 and not any(target in uid for uid in remaining), len(remaining)
        print("delete: card removed")

        # A revoked login: 401.
        cli(data, "carddav-revoke", "--username", login["username"])
        fourth = vdirsyncer(config, "sync")
        assert fourth.returncode != 0 and "401" in (fourth.stdout + fourth.stderr), fourth.stdout + fourth.stderr
        print("revoked: 401")
    finally:
        server.terminate()
        server.wait(timeout=30)


def basic(login):
    import base64
    return "Basic " + base64.b64encode(("%s:%s" % (login["username"], login["password"])).encode()).decode()


if __name__ == "__main__":
    main()
