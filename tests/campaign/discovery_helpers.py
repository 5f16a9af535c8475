"""Reading a page's <head> with the standard library's HTML parser."""

import json
from html.parser import HTMLParser


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.links, self.json_ld = {}, [], []
        self.title = ""
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content", ""))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        if tag in ("script", "title"):
            self._in = None

    def handle_data(self, data):
        if self._in == "json":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data

    def one(self, key):
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]

    def link(self, **match):
        return [
            link
            for link in self.links
            if all(link.get(name) == value for name, value in match.items())
        ]


def head_of(response):
    assert response.status_code == 200, response.status_code
    parser = HeadParser()
    parser.feed(response.content.decode())
    parser.graph = [json.loads(text) for text in parser.json_ld]
    return parser
