#include "attribute/people.hpp"

#include "attribute/introductions.hpp"
#include "data/firm_table.hpp"
#include "data/title_table.hpp"
#include "layout/en_label.hpp"
#include "layout/zh_label.hpp"
#include "segment/assemble.hpp"
#include "text/honorific.hpp"
#include "text/huge_pages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <new>
#include <span>
#include <unordered_map>

namespace ect::attribute {

namespace {

// Suffixes, honorifics and transcription markers, lowercased: no name word.
bool is_name_affix(std::string_view w) {
    switch (w.size()) {
    case 2:
        return w == "jr" || w == "sr" || w == "ii" || w == "ph" || w == "sp" || w == "mr" || w == "ms" || w == "dr";
    case 3:
        return w == "iii" || w == "mrs";
    default:
        return false;
    }
}

// Name words without initials, suffixes and "(ph)" markers, lowercased,
// into `out` (cleared first; its strings' room is reused).
void name_words(std::string_view s, std::vector<std::string>& out) {
    std::size_t n = 0;
    auto word = [&]() -> std::string& {
        if (n == out.size()) out.emplace_back();
        return out[n];
    };
    word().clear();
    auto flush = [&] {
        // One letter is an initial.
        std::string& cur = out[n];
        if (cur.size() >= 2 && !is_name_affix(cur)) ++n;
        word().clear();
    };
    for (char c : s) {
        if (text::is_ascii_alpha(static_cast<unsigned char>(c))) word().push_back(static_cast<char>(c | 0x20));
        else if (static_cast<unsigned char>(c) >= 0x80) word().push_back(c);
        else if (c == '\'' || c == '-') continue;
        else flush();
    }
    flush();
    out.resize(n);
}

// The person key of `name` into `out`: its name_key, with the "(ph)"
// markers taken out and Han folded to one script first.
void person_key(std::string_view name, text::script_folder& folder, std::string& out) {
    // The markers all open with a parenthesis; most names have none, and
    // need no copy to erase them from.
    if (name.find('(') == std::string_view::npos) {
        if (text::has_han(name)) text::name_key(folder.fold(name), out);
        else text::name_key(name, out);
        return;
    }
    std::string n(name);
    for (std::string_view marker : {"(ph)", "(PH)", "(sp)"})
        for (std::size_t at; (at = n.find(marker)) != std::string::npos;) n.erase(at, marker.size());
    if (text::has_han(n)) n = folder.fold(n);
    text::name_key(n, out);
}

bool looks_like_analyst_title(std::string_view t) {
    return text::ifind(t, "analyst") != std::string_view::npos || t.find("分析") != std::string_view::npos;
}

// "Goldman Sachs Group Inc., Research Division": StreetEvents and Capital
// IQ name a broker's research arm, never the company's own people, so.
bool names_research_arm(std::string_view firm) { return text::ifind(firm, "research division") != std::string_view::npos; }

// The marks that join the parts of a compound title: "President & CEO",
// "董事长兼总裁", "董事長暨總經理".
constexpr std::string_view title_joins[] = {"、", "兼", "暨", ",", " and ", " & ", "/", ";"};

struct spelling;

struct person {
    std::uint32_t key_id; // see spelling::key_id
    segment::speaker who;
    std::vector<std::string_view> aliases;
    std::size_t turns = 0;
    bool in_presentation = false;
    std::size_t qa_turns = 0, asking_turns = 0;
    // The facts of who.name, found again when the name changes.
    std::string_view facts_for{};
    const spelling* facts = nullptr;
};

bool all_caps(std::string_view s) {
    bool letter = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
}

bool asks(std::string_view s) {
    return s.find('?') != std::string_view::npos || s.find("\xEF\xBC\x9F") != std::string_view::npos;
}

bool same_spelling(std::string_view key_a, std::span<const std::string_view> wa, std::string_view key_b,
                   std::span<const std::string_view> wb);

// What matching needs of one spelling of a name. A document repeats the same
// few spellings in every turn, so each is worked out once. The keys and
// words are views of the memory of the spellings memo that made them.
struct spelling {
    std::uint32_t key_id = 0; // equal ids, equal person keys
    std::string_view name_key;
    std::span<const std::string_view> words;
    bool han = false;
};

// Names are short and few per document: their first and last eight bytes
// and their length tell them apart well enough, at a fraction of the cost of
// hashing every byte.
struct name_hash {
    std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t head = 0, tail = 0;
        const std::size_t n = s.size();
        if (n >= 8) {
            std::memcpy(&head, s.data(), 8);
            std::memcpy(&tail, s.data() + n - 8, 8);
        } else {
            for (char c : s) head = head << 8 | static_cast<unsigned char>(c);
        }
        const std::uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ n;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

class spellings {
public:
    explicit spellings(text::script_folder& folder) : folder_(folder) {}

    // `name` must outlive this cache (it views the document or the draft).
    const spelling& of(std::string_view name) { return entry(name).facts; }

    // The facts of a person's name, through the person's own cache.
    const spelling& of(person& p) {
        if (!p.facts || p.facts_for.data() != p.who.name.data() || p.facts_for.size() != p.who.name.size()) {
            p.facts = &with_words(p.who.name);
            p.facts_for = p.who.name;
        }
        return *p.facts;
    }

    // Same surname, compatible given names (see ect::attribute::same_person);
    // `y` comes from with_words.
    bool same_person(person& p, const spelling& y) {
        const spelling& x = of(p);
        return same_spelling(x.name_key, x.words, y.name_key, y.words);
    }

    const spelling& with_words(std::string_view name) {
        cached& c = entry(name);
        if (!c.has_words) {
            text::name_key(name, scratch_);
            c.facts.name_key = keep(scratch_);
            name_words(name, words_);
            if (!words_.empty()) {
                auto* words = static_cast<std::string_view*>(
                    arena_.allocate(words_.size() * sizeof(std::string_view), alignof(std::string_view)));
                for (std::size_t k = 0; k < words_.size(); ++k) new (words + k) std::string_view(keep(words_[k]));
                c.facts.words = {words, words_.size()};
            }
            c.has_words = true;
        }
        return c.facts;
    }

private:
    struct cached {
        spelling facts;
        bool has_words = false;
    };

    cached& entry(std::string_view name) {
        auto [it, fresh] = known_.try_emplace(name);
        if (fresh) {
            spelling& f = it->second.facts;
            person_key(name, folder_, scratch_);
            auto id = key_ids_.find(std::string_view(scratch_));
            if (id == key_ids_.end()) // a new key: the table keeps a copy that outlives scratch_
                id = key_ids_.emplace(keep(scratch_), static_cast<std::uint32_t>(key_ids_.size())).first;
            f.key_id = id->second;
            f.han = text::has_han(name);
        }
        return it->second;
    }

    // `s` copied into the arena, for as long as the memo lives.
    std::string_view keep(std::string_view s) {
        if (s.empty()) return {};
        auto* at = static_cast<char*>(arena_.allocate(s.size(), 1));
        std::memcpy(at, s.data(), s.size());
        return {at, s.size()};
    }

    text::script_folder& folder_;
    // Every entry, key and word of the memo lives in one arena, released
    // at once with it: a document has a few dozen spellings, each of which
    // cost several allocations of its own (nodes, keys, words) and the
    // frees of them all at the end.
    std::pmr::monotonic_buffer_resource arena_{std::size_t{16} << 10};
    std::pmr::unordered_map<std::string_view, cached, name_hash> known_{&arena_};
    std::pmr::unordered_map<std::string_view, std::uint32_t, name_hash> key_ids_{&arena_};
    std::string scratch_;              // a key being made
    std::vector<std::string> words_;   // the words being made
};

bool same_spelling(std::string_view key_a, std::span<const std::string_view> wa, std::string_view key_b,
                   std::span<const std::string_view> wb) {
    if (key_a == key_b) return true;
    if (wa.size() < 2 || wb.size() < 2) return false;
    if (wa.back() != wb.back()) return false;
    // Given names: one a prefix of the other ("Tim" / "Timothy"), or the same
    // first two letters ("Mike" / "Michael"); one shared initial is not
    // enough ("Ivan Zhou" and "Irene Zhou" are two people).
    const std::string_view ga = wa.front(), gb = wb.front();
    return ga.starts_with(gb) || gb.starts_with(ga) || ga.substr(0, 2) == gb.substr(0, 2);
}

} // namespace

bool same_person(std::string_view a, std::string_view b) {
    std::vector<std::string> words_a, words_b;
    name_words(a, words_a);
    name_words(b, words_b);
    const std::vector<std::string_view> wa(words_a.begin(), words_a.end()), wb(words_b.begin(), words_b.end());
    return same_spelling(text::name_key(a), wa, text::name_key(b), wb);
}

void attribute(const layout::document& doc, const segment::draft& d, services svc, detail::transcript_data& out,
               std::vector<segment::note>& notes) {
    std::vector<person> people;
    spellings spelt(svc.folder);
    // Titles recur (the role test, then each participant's): look each up once.
    std::unordered_map<std::string_view, const data::title_entry*> titles_seen;
    auto title_of = [&](std::string_view title) {
        auto [it, fresh] = titles_seen.try_emplace(title);
        if (fresh) it->second = data::title_table::builtin().find(title);
        return it->second;
    };
    // A title any part of which is an officer's: "President & CEO".
    auto names_an_officer = [&](std::string_view title) {
        bool found = false;
        data::for_each_title_part(title, title_joins, [&](std::string_view part) { found = found || title_of(part) != nullptr; });
        return found;
    };
    auto find = [&](std::string_view name) -> std::optional<std::size_t> {
        const spelling& asked = spelt.of(name);
        const std::uint32_t key = asked.key_id;
        for (std::size_t i = 0; i < people.size(); ++i)
            if (people[i].key_id == key) return i;
        // The document links two forms itself: Cheng Yixiao (程一笑).
        for (std::size_t i = 0; i < people.size(); ++i)
            if (!people[i].who.alias.empty() && spelt.of(people[i].who.alias).han != spelt.of(people[i]).han &&
                spelt.of(people[i].who.alias).key_id == key)
                return i;
        if (asked.han) return std::nullopt;
        const spelling& words = spelt.with_words(name);
        for (std::size_t i = 0; i < people.size(); ++i)
            if (!spelt.of(people[i]).han && spelt.same_person(people[i], words)) return i;
        return std::nullopt;
    };
    auto merge = [](segment::speaker& into, const segment::speaker& from) {
        if (into.title.empty()) into.title = from.title;
        if (into.firm.empty()) into.firm = from.firm;
        if (into.alias.empty()) into.alias = from.alias;
        if (into.role == role::unknown) into.role = from.role;
    };
    auto add_named = [&](const segment::speaker& who) -> std::size_t {
        auto i = find(who.name);
        if (!i && !who.alias.empty() && text::has_han(who.alias) != text::has_han(who.name)) i = find(who.alias);
        if (i) {
            merge(people[*i].who, who);
            if (people[*i].who.name != who.name &&
                std::find(people[*i].aliases.begin(), people[*i].aliases.end(), who.name) == people[*i].aliases.end())
                people[*i].aliases.push_back(who.name);
            return *i;
        }
        people.push_back({spelt.of(who.name).key_id, who, {}, 0, false, 0, 0});
        return people.size() - 1;
    };
    // A participant is named without an honorific ("Dr. Lisa Su" is Lisa
    // Su); the turn's label keeps it as written.
    auto add = [&](const segment::speaker& who) -> std::size_t {
        if (text::honorific_length(who.name) == 0) return add_named(who);
        segment::speaker plain = who;
        plain.name = text::without_honorific(who.name);
        return add_named(plain);
    };

    for (const auto& r : d.roster) add(r.who);

    // Turns: who speaks each.
    std::vector<std::optional<std::size_t>> speaker(d.turns.size());
    for (std::size_t t = 0; t < d.turns.size(); ++t) {
        const auto& turn = d.turns[t];
        if (turn.who.name.empty()) continue;
        speaker[t] = add(turn.who);
        person& p = people[*speaker[t]];
        ++p.turns;
        if (turn.section == section_kind::presentation) p.in_presentation = true;
        if (turn.section == section_kind::qa) {
            ++p.qa_turns;
            if (!turn.pieces.empty() &&
                asks(doc.text.substr(turn.pieces.front().begin, turn.pieces.back().end - turn.pieces.front().begin)))
                ++p.asking_turns;
        }
    }

    // Operators' introductions name analysts and their firms; the next
    // speaker after an introduction is (usually) the one introduced.
    for (std::size_t t = 0; t < d.turns.size(); ++t) {
        if (!speaker[t] || people[*speaker[t]].who.role != role::operator_ || d.turns[t].pieces.empty()) continue;
        const auto& pieces = d.turns[t].pieces;
        const std::string_view said = doc.text.substr(pieces.front().begin, pieces.back().end - pieces.front().begin);
        const auto intros = find_introductions(said);
        for (const introduced& in : intros) {
            if (auto i = find(in.name)) {
                person& p = people[*i];
                if (p.who.firm.empty()) p.who.firm = in.firm;
                if (p.who.role == role::unknown) p.who.role = role::analyst;
                // Labels in capitals (Citi's "DANA ROSS:"): the introduction
                // spells the name as written elsewhere.
                if (all_caps(p.who.name) && !all_caps(in.name)) {
                    p.aliases.push_back(p.who.name);
                    p.who.name = in.name;
                }
            }
        }
        // A label whose name the PDF text layer lost (Citi's ": Hi. In your
        // …") belongs to the analyst just introduced.
        if (!intros.empty() && t + 1 < d.turns.size() && !speaker[t + 1] && d.turns[t + 1].who.name.empty() &&
            !d.turns[t + 1].label.empty()) {
            const introduced& in = intros.back();
            speaker[t + 1] = add({in.name, {}, in.firm, {}, role::analyst});
            person& p = people[*speaker[t + 1]];
            ++p.turns;
            if (d.turns[t + 1].section == section_kind::qa) ++p.qa_turns, ++p.asking_turns;
        }
        // "X on for Y": the speaker after the last introduction keeps their
        // own name but takes the introduced analyst's firm.
        if (!intros.empty() && t + 1 < d.turns.size() && speaker[t + 1]) {
            person& next = people[*speaker[t + 1]];
            // Someone who spoke in the prepared remarks answers; they are
            // not the questioner (FMP lines: the introduced analyst may have
            // no label line of their own).
            if (next.who.role != role::operator_ && !find(intros.back().name) && next.who.firm.empty() &&
                next.who.role != role::executive && !next.in_presentation) {
                next.who.firm = intros.back().firm;
                next.who.role = role::analyst;
            }
        }
    }

    // Roles not given by a label or roster.
    for (person& p : people) {
        segment::speaker& w = p.who;
        if (w.role != role::unknown) continue;
        if (layout::is_operator_name(w.name) || w.name == "主持人" || w.name == "会议助手" || w.name == "會議助手" ||
            w.name == "接线员" || w.name == "接線員")
            w.role = role::operator_;
        else if (looks_like_analyst_title(w.title) || names_research_arm(w.firm))
            w.role = role::analyst;
        else if (!w.title.empty() && (title_of(w.title) || names_an_officer(w.title)))
            w.role = role::executive;
        else if (p.in_presentation)
            w.role = role::executive;
        else if (!w.firm.empty())
            w.role = role::analyst;
        else if (p.qa_turns > 0)
            w.role = p.asking_turns * 2 > p.qa_turns ? role::analyst : role::executive;
    }

    // A name, title or firm hard-wrapped in the text ("Michael\nO'Rourke" in
    // an introduction, a caps label over two lines) is given on one line.
    auto one_line = [&](std::string_view s) -> std::string_view {
        if (s.find_first_of("\r\n") == std::string_view::npos) return s;
        std::string flat;
        flat.reserve(s.size());
        for (const char c : s) {
            const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
            if (!blank) flat.push_back(c);
            else if (!flat.empty() && flat.back() != ' ') flat.push_back(' ');
        }
        return out.keep(std::move(flat));
    };

    // Participants of the public model.
    out.participants.clear();
    out.participants.reserve(people.size()); // no moves of participants as the list grows
    for (std::size_t i = 0; i < people.size(); ++i) {
        const person& p = people[i];
        participant q;
        q.id = i;
        q.name = one_line(p.who.name);
        if (text::has_han(p.who.name)) {
            const std::string_view surname = layout::han_surname(p.who.name);
            q.latin = !p.who.alias.empty() ? p.who.alias
                                            : out.keep(svc.romanizer.romanize_name(p.who.name, surname.size()));
        } else {
            q.latin = q.name;
        }
        q.role = p.who.role;
        q.title = one_line(p.who.title);
        // Canonical titles: each part of a compound title, else the whole.
        data::for_each_title_part(q.title, title_joins, [&](std::string_view part) {
            if (const auto* e = title_of(part))
                if (std::find(q.titles.begin(), q.titles.end(), e->canonical) == q.titles.end())
                    q.titles.push_back(e->canonical);
        });
        if (const auto* e = title_of(q.title); e && q.titles.empty()) q.titles.push_back(e->canonical);
        if (!p.who.firm.empty()) {
            q.firm.name = one_line(p.who.firm);
            const auto& firms = data::firm_table::builtin();
            const auto* f = firms.find(p.who.firm);
            // A script variant the table does not list: 瑞銀集团 (mixed) → 瑞银集团.
            if (!f && text::has_han(p.who.firm)) f = firms.find(svc.folder.fold(p.who.firm));
            if (f) q.firm.canonical = f->canonical;
        }
        q.turns = p.turns;
        q.aliases = p.aliases;
        if (!p.who.alias.empty() && p.who.alias != q.latin &&
            std::find(q.aliases.begin(), q.aliases.end(), p.who.alias) == q.aliases.end())
            q.aliases.push_back(p.who.alias);
        out.participants.push_back(std::move(q));
    }

    // Turns of the public model.
    out.turns.clear();
    text::reserve_huge(out.turns, d.turns.size()); // one turn per drafted turn: no moves as the list grows
    for (std::size_t t = 0; t < d.turns.size(); ++t) {
        const auto& dt = d.turns[t];
        turn u;
        u.index = out.turns.size();
        u.participant = speaker[t];
        u.role = speaker[t] ? people[*speaker[t]].who.role : role::unknown;
        u.section = dt.section;
        u.label_span = dt.label;
        u.label = doc.text.substr(dt.label.begin, dt.label.end - dt.label.begin);
        if (!dt.pieces.empty()) {
            u.span = {dt.pieces.front().begin, dt.pieces.back().end};
            if (dt.pieces.size() == 1) {
                u.text = doc.text.substr(u.span.begin, u.span.size());
            } else {
                u.pieces.assign(dt.pieces.begin(), dt.pieces.end());
                u.text = out.keep(segment::joined_text(doc.text, {dt.pieces.data(), dt.pieces.size()}));
            }
        } else {
            u.span = {dt.label.end, dt.label.end};
        }
        out.turns.push_back(std::move(u));
    }
    (void)notes;
}

} // namespace ect::attribute
