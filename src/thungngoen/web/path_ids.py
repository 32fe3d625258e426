"""``{name:id}`` in a page's path: a record's number, 1 to 10¹⁸ − 1, written plainly.

Anything else in its place (twenty nines, ``0``, ``007``) matches no route, so the page
is a 404 like any record that does not exist — never a number the database cannot hold
(a 500). The JSON API bounds its path ids with ``api_fields.Id`` instead."""

from starlette.convertors import Convertor, register_url_convertor


class IdConvertor(Convertor[int]):
    regex = "[1-9][0-9]{0,17}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("id", IdConvertor())
