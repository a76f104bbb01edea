#include "uno/sidebar/panel_model.hpp"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "core/model/schema.hpp"
#include "core/formats/formats.hpp"

using nlohmann::json;

namespace nianbao::sidebar {

namespace {

const FormatDecl* formatOf(const std::string& version) {
    for (const FormatDecl* f : knownFormats())
        if (f->version == version) return f;
    return version.empty() ? nullptr : &format2021();
}

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::string();
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    if (it->is_number()) {
        std::string s = it->dump();  // 2.5 -> "2.5"
        return s;
    }
    return it->dump();
}

int rankOf(const std::string& severity) {
    if (severity == "error") return 0;
    if (severity == "warning") return 1;
    return 2;
}

// `where` entries of findings.md; unknown shapes are skipped.
std::vector<Place> placesOf(const json& j) {
    std::vector<Place> out;
    auto it = j.find("where");
    if (it == j.end() || !it->is_array()) return out;
    for (const json& w : *it) {
        if (!w.is_object()) continue;
        Place p;
        if (w.contains("table") && w.contains("cell")) {
            p.kind = Place::Kind::Cell;
            p.table = str(w, "table");
            p.cell = str(w, "cell");
        } else if (w.contains("paragraph") && w["paragraph"].is_number_integer()) {
            p.kind = Place::Kind::Text;
            p.paragraph = w["paragraph"].get<int>();
            p.start = w.value("start", 0);
            p.end = w.value("end", p.start);
        } else if (w.contains("after_paragraph") && w["after_paragraph"].is_number_integer()) {
            p.kind = Place::Kind::After;
            p.paragraph = w["after_paragraph"].get<int>();
        } else {
            continue;
        }
        out.push_back(p);
    }
    return out;
}

// Cell key "T3.r_total.np" -> its Writer place, from the tables' cells map
// ("at": "表格2.C27"): the fallback when a finding carries no `where`.
class CellPlaces {
public:
    explicit CellPlaces(const json& root) {
        auto tables = root.find("tables");
        if (tables == root.end() || !tables->is_array()) return;
        for (const json& t : *tables) {
            const std::string id = str(t, "id");
            auto cells = t.find("cells");
            if (cells == t.end() || !cells->is_object()) continue;
            for (auto c = cells->begin(); c != cells->end(); ++c) {
                const std::string at = c->is_object() ? str(*c, "at") : std::string();
                const auto dot = at.rfind('.');
                if (dot == std::string::npos || dot == 0) continue;
                Place p;
                p.table = at.substr(0, dot);
                p.cell = at.substr(dot + 1);
                byKey_[id + "." + c.key()] = p;
            }
        }
    }
    std::vector<Place> of(const std::vector<std::string>& keys) const {
        std::vector<Place> out;
        for (const std::string& k : keys) {
            auto it = byKey_.find(k);
            if (it != byKey_.end()) out.push_back(it->second);
        }
        return out;
    }

private:
    std::map<std::string, Place> byKey_;
};

std::vector<std::string> strings(const json& j, const char* key) {
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return out;
    for (const json& s : *it)
        if (s.is_string()) out.push_back(s.get<std::string>());
    return out;
}

// "（七）总计·自然人": the row's own wording, then the column's. In the report's
// format, else in the version that declares the cell (a table kept in an
// older layout: 2019's （六）其他处理 in a 2021 report).
std::string cellLabel(const FormatDecl* format, const std::string& key) {
    const auto d1 = key.find('.');
    const auto d2 = key.find('.', d1 == std::string::npos ? d1 : d1 + 1);
    if (!format || d1 == std::string::npos || d2 == std::string::npos) return key;
    const TableDecl* t = nullptr;
    const AxisDecl *row = nullptr, *col = nullptr;
    std::vector<const FormatDecl*> versions{format};
    for (const FormatDecl* f : knownFormats()) versions.push_back(f);
    for (const FormatDecl* f : versions) {
        t = f->table(key.substr(0, d1));
        row = t ? findRow(*t, key.substr(d1 + 1, d2 - d1 - 1)) : nullptr;
        col = t ? findColumn(*t, key.substr(d2 + 1)) : nullptr;
        if (row && col) break;
    }
    if (!row || !col || row->labels.empty() || col->labels.empty()) return key;
    // The column's header group only where its own wording repeats in the
    // table (T4's 维持/纠正 under both 行政复议 and 行政诉讼).
    bool repeated = false;
    for (const AxisDecl& other : t->columns)
        if (&other != col && !other.labels.empty() && other.labels[0] == col->labels[0]) repeated = true;
    const std::string c = repeated && !col->group.empty() ? col->group + "·" + col->labels[0] : col->labels[0];
    return row->labels[0] + "·" + c;
}

std::vector<Change> changesOf(const json& list, const FormatDecl* format, const CellPlaces& places) {
    std::vector<Change> out;
    if (!list.is_array()) return out;
    for (const json& c : list) {
        if (!c.is_object()) continue;
        Change ch;
        ch.cell = str(c, "cell");
        ch.label = cellLabel(format, ch.cell);
        ch.from = str(c, "from");
        ch.to = str(c, "to");
        ch.where = placesOf(c);
        if (ch.where.empty()) ch.where = places.of({ch.cell});
        out.push_back(std::move(ch));
    }
    return out;
}

std::string relationTitle(const FormatDecl* format, const std::string& table, const std::string& rule,
                          bool english) {
    if (format && !table.empty())
        if (const TableDecl* t = format->table(table))
            for (const RelationDecl& r : t->relations)
                if (r.rule == rule) {
                    const std::string& d = english ? r.descriptionEn : r.descriptionZh;
                    if (!d.empty()) return rule + (english ? ": " : "：") + d;
                }
    return rule;
}

std::string deriveVerdict(const PanelModel& m, bool incomplete) {
    if (!m.error.empty()) return "unreadable";
    if (m.formatVersion.empty()) return "not-a-report";
    if (m.errors > 0) return "errors";
    if (incomplete) return "incomplete";
    if (m.warnings > 0) return "warnings";
    return "clean";
}

}  // namespace

std::string tableTitle(const std::string& formatVersion, const std::string& tableId) {
    const FormatDecl* format = formatOf(formatVersion);
    if (!format) return tableId;
    const TableDecl* t = format->table(tableId);
    const SectionDecl* s = t ? format->section(t->section) : nullptr;
    if (!s || s->titles.empty()) return tableId;
    return s->number + "、" + s->titles[0];
}

PanelModel buildModel(const std::string& text, const std::set<std::string>& ignored) {
    PanelModel m;
    try {
        const json root = json::parse(text);
        if (!root.is_object()) throw std::runtime_error("not a JSON object");
        if (root.contains("error")) {
            m.error = str(root, "error");
            m.verdict = "unreadable";
            return m;
        }
        m.formatVersion = str(root, "format_version");
        const FormatDecl* format = formatOf(m.formatVersion);
        const CellPlaces places(root);
        if (format) m.tablesExpected = static_cast<int>(format->tables.size());
        std::map<std::string, std::string> layouts;  // table id -> the version of its layout
        if (auto t = root.find("tables"); t != root.end() && t->is_array())
            for (const json& table : *t)
                if (table.value("found", false)) {
                    m.tablesFound.push_back(str(table, "id"));
                    layouts[str(table, "id")] = str(table, "layout");
                }
        if (auto s = root.find("sections"); s != root.end() && s->is_array() && format)
            for (const json& section : *s)
                if (!section.value("found", true))
                    if (const SectionDecl* d = format->section(str(section, "id")))
                        if (d->required && !d->titles.empty())
                            m.missingSections.push_back(d->number + "、" + d->titles[0]);

        std::vector<Change> proposed;
        if (auto c = root.find("correction"); c != root.end() && c->is_object()) {
            m.correctionStatus = str(*c, "status");
            if (c->contains("changes")) proposed = changesOf((*c)["changes"], format, places);
            if (!proposed.empty()) m.corrections.push_back(proposed);
            if (auto alts = c->find("alternatives"); alts != c->end() && alts->is_array())
                for (const json& alt : *alts) {
                    std::vector<Change> a = changesOf(alt, format, places);
                    if (!a.empty()) m.corrections.push_back(std::move(a));
                }
        }

        bool incomplete = false;
        std::set<std::string> malformed;
        std::vector<Group> groups;
        if (auto f = root.find("findings"); f != root.end() && f->is_array())
            for (const json& j : *f) {
                if (!j.is_object()) continue;
                Finding item;
                item.rule = str(j, "rule");
                item.severity = str(j, "severity");
                item.message = str(j, "message");
                item.messageEn = str(j, "message_en");
                if (item.messageEn.empty()) item.messageEn = item.message;
                const std::vector<std::string> cells = strings(j, "cells");
                item.key = item.rule + "|" + str(j, "column") + "|" + str(j, "row");
                for (const std::string& c : cells) item.key += "|" + c;
                const std::string table = str(j, "table");
                // A table missing what the format mandates, checkable or not
                // (C1, C2), is offered a rebuild in the official layout.
                if (item.rule == "C1") incomplete = true;
                if ((item.rule == "C1" || item.rule == "C2") && !table.empty()) malformed.insert(table);
                if (ignored.count(item.key)) {
                    ++m.ignored;
                    continue;
                }
                for (const Change& ch : proposed)
                    if (std::find(cells.begin(), cells.end(), ch.cell) != cells.end()) item.fixCells.push_back(ch.cell);
                item.where = placesOf(j);
                if (item.where.empty()) item.where = places.of(cells);
                const int rank = rankOf(item.severity);
                (rank == 0 ? m.errors : rank == 1 ? m.warnings : m.infos)++;

                auto g = std::find_if(groups.begin(), groups.end(),
                                      [&](const Group& x) { return x.table == table && x.rule == item.rule; });
                if (g == groups.end()) {
                    Group fresh;
                    fresh.table = table;
                    fresh.rule = item.rule;
                    const std::string where = table.empty() ? std::string() : tableTitle(m.formatVersion, table);
                    fresh.ruleZh = relationTitle(format, table, item.rule, false);
                    fresh.ruleEn = relationTitle(format, table, item.rule, true);
                    fresh.titleZh = (where.empty() ? std::string("正文与结构") : where) + " · " + fresh.ruleZh;
                    fresh.titleEn = (where.empty() ? std::string("Text and structure") : where) + " · " + fresh.ruleEn;
                    groups.push_back(std::move(fresh));
                    g = groups.end() - 1;
                }
                g->rank = std::min(g->rank, rank);
                g->findings.push_back(std::move(item));
            }
        // Errors first, then warnings, then notes; otherwise in the JSON's order
        // (document order: tables, then the text).
        std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) { return a.rank < b.rank; });
        for (Group& g : groups)
            std::stable_sort(g.findings.begin(), g.findings.end(), [](const Finding& a, const Finding& b) {
                return rankOf(a.severity) < rankOf(b.severity);
            });
        m.groups = std::move(groups);

        // A rebuild is offered for tables in an older format's layout (the
        // table's own, else the report's) and for tables missing what the
        // format mandates.
        for (const std::string& t : m.tablesFound) {
            const std::string& layout = layouts[t].empty() ? m.formatVersion : layouts[t];
            if (layout != knownFormats().front()->version || malformed.count(t)) m.rebuildTables.push_back(t);
        }

        const std::string verdict = str(root, "verdict");
        m.verdict = verdict.empty() ? deriveVerdict(m, incomplete) : verdict;
        // Ignoring the last errors must not leave the summary saying "errors".
        if (m.verdict == "errors" && m.errors == 0) m.verdict = m.warnings ? "warnings" : "clean";
    } catch (const std::exception& e) {
        m = PanelModel();
        m.error = std::string("findings JSON: ") + e.what();
        m.verdict = "unreadable";
    }
    return m;
}

}  // namespace nianbao::sidebar
