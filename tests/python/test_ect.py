"""Tests of the Python binding (module `ect`) on the fixtures in tests/fixtures.

Run from ctest (PYTHONPATH holds the built module), or by hand:
    PYTHONPATH=<build>/python python3 -m unittest -v test_ect
Expected values were counted by hand in the fixtures.
"""
import gc
import json
import os
import pathlib
import tempfile
import unittest

import ect

FIXTURES = pathlib.Path(os.environ.get("ECT_FIXTURES_DIR", pathlib.Path(__file__).resolve().parents[1] / "fixtures"))
EN_CALL = FIXTURES / "seeking-alpha" / "bluefin_foods_q1.txt"
ZH_CALL = FIXTURES / "zh-writeup" / "lanting_foods_q2.txt"


def speakers(t):
    return [turn.speaker.name if turn.speaker else None for turn in t.turns]


class EnglishCall(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.t = ect.parse_file(EN_CALL)

    def test_turns_speakers_and_roles(self):
        t = self.t
        self.assertEqual(t.kind, "transcript")
        self.assertEqual(t.language, "en")
        self.assertEqual(len(t.turns), 7)
        self.assertEqual([turn.role for turn in t.turns],
                         ["operator", "executive", "executive", "operator", "analyst", "executive", "operator"])
        names = speakers(t)
        self.assertEqual(names[1], "Nora Lindqvist")
        self.assertEqual(names[2], "Tomas Reyes")
        self.assertEqual(names[4], "Omar Haddad")
        self.assertEqual(names[5], "Tomas Reyes")
        self.assertEqual([turn.index for turn in t.turns], list(range(7)))
        self.assertEqual([turn.section for turn in t.turns[:3]], ["presentation"] * 3)
        self.assertEqual([turn.section for turn in t.turns[4:6]], ["qa", "qa"])

    def test_participants(self):
        people = {p.name: p for p in self.t.participants}
        omar = people["Omar Haddad"]
        self.assertEqual(omar.role, "analyst")
        self.assertIsNotNone(omar.firm)
        self.assertEqual(omar.firm.name, "Pinecrest Capital")
        self.assertEqual(omar.turns, 1)
        self.assertEqual(people["Nora Lindqvist"].role, "executive")
        self.assertEqual(people["Nora Lindqvist"].title, "Chief Executive Officer")
        self.assertEqual(people["Tomas Reyes"].turns, 2)
        for i, p in enumerate(self.t.participants):
            self.assertEqual(p.id, i)
            self.assertIsInstance(p.titles, list)
            self.assertIsInstance(p.aliases, list)

    def test_exchange_and_questions(self):
        t = self.t
        self.assertEqual(len(t.exchanges), 1)
        x = t.exchanges[0]
        self.assertEqual(x.index, 0)
        self.assertEqual(t.participants[x.asker].name, "Omar Haddad")
        self.assertEqual(x.question_turns, [4])
        self.assertEqual(x.answer_turns, [5])
        self.assertEqual([e.index for e in t.exchanges_of(x.asker)], [0])
        questions = t.turns[4].questions
        self.assertGreaterEqual(len(questions), 1)
        for q in questions:
            self.assertIsInstance(q, ect.Question)
            self.assertTrue(q.text.endswith("?"))
            self.assertEqual(t.slice(q.begin, q.end), q.text)
        self.assertIn("pricing", questions[0].text)

    def test_offsets_are_byte_offsets_into_the_text(self):
        t = self.t
        for turn in t.turns:
            self.assertEqual(turn.pieces, [])
            self.assertEqual(t.slice(turn.begin, turn.end), turn.text)
        self.assertEqual(len(t.text.encode("utf-8")), t.source.bytes)
        self.assertEqual(t.source.name, str(EN_CALL))
        self.assertEqual(t.source.encoding, "UTF-8")

    def test_turns_by(self):
        t = self.t
        tomas = next(p for p in t.participants if p.name == "Tomas Reyes")
        self.assertEqual([turn.index for turn in t.turns_by(tomas.id)], [2, 5])


class ChineseWriteUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = ZH_CALL.read_text(encoding="utf-8")
        cls.t = ect.parse(cls.text, source_name="lanting.txt")

    def test_turns_and_exchanges(self):
        t = self.t
        self.assertEqual(t.kind, "transcript")
        self.assertEqual(t.source.name, "lanting.txt")
        self.assertEqual(speakers(t), ["Grace Lin", "宋明遠", "趙磊", "何佳"])
        self.assertEqual([turn.role for turn in t.turns], ["analyst", "executive", "analyst", "executive"])
        self.assertEqual(t.turns[1].text, "主要是原材料價格下降。")
        self.assertEqual([(x.question_turns, x.answer_turns) for x in t.exchanges], [([0], [1]), ([2], [3])])
        grace = t.turns[0].speaker
        self.assertEqual(grace.firm.name, "摩根士丹利")

    def test_bytes_in_other_encodings_give_the_same_turns(self):
        for encoding in ("gb18030", "utf-16"):
            with self.subTest(encoding=encoding):
                t = ect.parse(self.text.encode(encoding))
                self.assertEqual([turn.text for turn in t.turns], [turn.text for turn in self.t.turns])
                self.assertNotEqual(t.source.encoding, "UTF-8")

    def test_bytearray_is_bytes(self):
        t = ect.parse(bytearray(self.text.encode("utf-8")))
        self.assertEqual(speakers(t), speakers(self.t))

    def test_questions_can_be_left_out(self):
        t = ect.parse(self.text, questions=False)
        self.assertTrue(all(turn.questions == [] for turn in t.turns))


class Binding(unittest.TestCase):
    """The Python objects mirror the JSON contract and outlive their transcript."""

    @classmethod
    def setUpClass(cls):
        cls.t = ect.parse_file(EN_CALL)

    def test_to_json_and_to_dict(self):
        doc = json.loads(self.t.to_json())
        self.assertEqual(doc["format"], "ect-transcript")
        self.assertEqual(doc["version"], 1)
        self.assertEqual(self.t.to_dict(), doc)
        self.assertNotIn("\n", self.t.to_json(indent=-1))

    def test_parts_match_the_json_contract(self):
        t = self.t
        doc = t.to_dict()
        self.assertEqual([p.to_dict() for p in t.participants], doc["participants"])
        self.assertEqual([u.to_dict() for u in t.turns], doc["turns"])
        self.assertEqual([s.to_dict() for s in t.sections], doc["sections"])
        self.assertEqual([x.to_dict() for x in t.exchanges], doc["exchanges"])
        self.assertEqual([s.to_dict() for s in t.statements], doc["statements"])
        self.assertEqual([s.to_dict() for s in t.skipped], doc["skipped"])
        self.assertEqual([d.to_dict() for d in t.diagnostics], doc["diagnostics"])
        self.assertEqual(t.metadata.to_dict(), doc["metadata"])
        self.assertEqual(t.source.to_dict(), doc["source"])
        for u, ju in zip(t.turns, doc["turns"]):
            self.assertEqual(u.participant, ju["participant"])
            self.assertEqual(u.label, ju["label"])
            self.assertEqual([q.to_dict() for q in u.questions], ju["questions"])
        for p, jp in zip(t.participants, doc["participants"]):
            self.assertEqual(p.firm.to_dict() if p.firm else None, jp["firm"])
            self.assertEqual(p.latin, jp["latin"])
        m, jm = t.metadata, doc["metadata"]
        self.assertEqual(m.date, jm["date"])
        self.assertEqual(m.company.to_dict() if m.company else None, jm["company"])
        self.assertEqual(m.period.to_dict() if m.period else None, jm["period"])

    def test_parts_outlive_the_transcript(self):
        t = ect.parse_file(EN_CALL)
        turns = t.turns
        speaker = turns[4].speaker
        metadata = t.metadata
        del t
        gc.collect()
        self.assertEqual(turns[4].speaker.name, "Omar Haddad")
        self.assertEqual(speaker.firm.name, "Pinecrest Capital")
        self.assertIn("pricing", turns[4].text)
        self.assertIsInstance(metadata.to_dict(), dict)

    def test_strings_are_str_copies(self):
        turn = self.t.turns[1]
        self.assertIs(type(turn.text), str)
        self.assertIs(type(turn.speaker.name), str)
        self.assertIsNot(turn.text, self.t.turns[1].text)

    def test_records(self):
        t = self.t
        rows = t.turns_table()
        self.assertEqual(rows, t.to_records())
        self.assertEqual(rows, t.to_records("turns"))
        self.assertEqual(len(rows), 7)
        self.assertEqual(rows[4]["speaker"], "Omar Haddad")
        self.assertEqual(rows[4]["firm"], "Pinecrest Capital")
        self.assertEqual(rows[4]["role"], "analyst")
        self.assertEqual(rows[4]["exchange"], 0)
        self.assertEqual(rows[5]["exchange"], 0)
        self.assertIsNone(rows[0]["exchange"])
        self.assertEqual(rows[1]["title"], "Chief Executive Officer")
        self.assertEqual(rows[4]["question_count"], len(t.turns[4].questions))
        for row in rows:
            self.assertEqual(row["file"], str(EN_CALL))
            # Flat rows: scalars only.
            for value in row.values():
                self.assertIsInstance(value, (str, int, type(None)))
        questions = t.to_records("questions")
        self.assertEqual(len(questions), len(t.turns[4].questions))
        self.assertTrue(all(q["turn"] == 4 and q["speaker"] == "Omar Haddad" for q in questions))
        people = t.to_records("participants")
        self.assertEqual([p["name"] for p in people], [p.name for p in t.participants])
        exchanges = t.to_records("exchanges")
        self.assertEqual(exchanges[0]["asker_name"], "Omar Haddad")
        for table in ("statements", "sections", "skipped", "diagnostics"):
            self.assertIsInstance(t.to_records(table), list)
        with self.assertRaises(ValueError):
            t.to_records("speakers")

    def test_records_make_a_dataframe(self):
        try:
            import pandas
        except ImportError:
            self.skipTest("pandas is not installed")
        frame = pandas.DataFrame(self.t.turns_table())
        self.assertEqual(len(frame), 7)
        self.assertEqual(list(frame[frame.role == "analyst"].speaker), ["Omar Haddad"])

    def test_errors(self):
        with tempfile.TemporaryDirectory() as d:
            missing = pathlib.Path(d) / "missing.txt"
            with self.assertRaises(ect.Error) as caught:
                ect.parse_file(missing)
            self.assertIsInstance(caught.exception, OSError)
        with self.assertRaises(TypeError):
            ect.parse(42)
        with self.assertRaises(TypeError):
            ect.Transcript()

    def test_empty_input_is_a_value_not_an_error(self):
        t = ect.parse("")
        self.assertEqual(t.turns, [])
        self.assertEqual(t.kind, "unknown")

    def test_module_and_reprs(self):
        self.assertRegex(ect.__version__, r"^\d+\.\d+\.\d+$")
        self.assertIn("turns=7", repr(self.t))
        self.assertTrue(repr(self.t.turns[4]).startswith("Turn(index=4"))
        self.assertTrue(repr(self.t.participants[0]).startswith("Participant(id=0"))


if __name__ == "__main__":
    unittest.main()
