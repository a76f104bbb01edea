// recognize() on documents built from arbitrary bytes: tables of random shape
// and spans whose cells hold the format's own labels, numbers or raw bytes,
// so the fuzzer reaches deep into T2/T3/T4 recognition; then the whole check
// (relations, prose, localization, JSON), which must never fail. The raw
// bytes are also read as a document dump (documentFromJson may throw, nothing else).
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/formats/formats.hpp"
#include "core/checker.hpp"
#include "core/output/findings_json.hpp"
#include "core/model/grid_dump.hpp"
#include "core/recognize/recognizer.hpp"
#include "core/model/relation_index.hpp"

using namespace nianbao;

namespace {

const std::vector<std::string>& words() {
    static const std::vector<std::string> w = [] {
        std::vector<std::string> out = {"", " 7", "1 0", "0 ", "－", "/", "无", "小计", "合计", "信息内容",
                                        "行政诉讼", "申请人情况", "三、本年度办理结果", "统计期为2023年",
                                        "某局2023年", "1.", "（一）", "一、", "第二十条第（一）项", "3.5万元"};
        for (const FormatDecl* f : knownFormats()) {
            for (const SectionDecl& s : f->sections)
                for (const std::string& t : s.titles) out.push_back(s.number + "、" + t);
            for (const TableDecl& t : f->tables) {
                for (const auto* axes : {&t.rows, &t.columns, &t.extraColumns})
                    for (const AxisDecl& a : *axes) {
                        for (const std::string& l : a.labels) out.push_back(l);
                        if (!a.group.empty()) out.push_back(a.group);
                    }
            }
        }
        return out;
    }();
    return w;
}

std::string text(FuzzedDataProvider& in) {
    if (in.ConsumeBool()) return words()[in.ConsumeIntegralInRange<size_t>(0, words().size() - 1)];
    return in.ConsumeRandomLengthString(24);
}

Document build(FuzzedDataProvider& in) {
    Document d;
    const int blocks = in.ConsumeIntegralInRange(0, 12);
    for (int b = 0; b < blocks && in.remaining_bytes() > 0; ++b) {
        if (in.ConsumeBool()) {
            Paragraph p;
            p.text = text(in);
            p.outlineLevel = in.ConsumeIntegralInRange(0, 3);
            d.blocks.emplace_back(std::move(p));
            continue;
        }
        const int rows = in.ConsumeIntegralInRange(0, 30), cols = in.ConsumeIntegralInRange(0, 18);
        Table t("表格" + std::to_string(b), rows, cols);
        const int cells = in.ConsumeIntegralInRange(0, rows * cols + 4);
        for (int k = 0; k < cells && in.remaining_bytes() > 0; ++k) {
            SourceCell c;
            // Mostly the next slot in reading order, sometimes anywhere (even off the grid).
            if (in.ConsumeBool() && cols > 0) {
                c.row = k / cols;
                c.col = k % cols;
            } else {
                c.row = in.ConsumeIntegralInRange(-2, rows + 2);
                c.col = in.ConsumeIntegralInRange(-2, cols + 2);
            }
            c.rowSpan = in.ConsumeIntegralInRange(0, 3) == 0 ? in.ConsumeIntegralInRange(-1, 30) : 1;
            c.colSpan = in.ConsumeIntegralInRange(0, 3) == 0 ? in.ConsumeIntegralInRange(-1, 18) : 1;
            c.text = text(in);
            c.address = "x";
            t.addCell(std::move(c));
        }
        d.blocks.emplace_back(std::move(t));
    }
    return d;
}

void expectInvariants(const Report& r) {
    if (!r.format) {
        if (!r.tables.empty() || !r.relations.empty()) std::abort();
        return;
    }
    if (r.sections.size() != r.format->sections.size() || r.tables.size() != r.format->tables.size())
        std::abort();
    if (!relationsIndexed(r)) std::abort();
    for (const Relation& rel : r.relations) {
        for (const std::string& k : rel.lhs)
            if (!r.cell(k)) std::abort();
        for (const std::string& k : rel.rhs)
            if (!r.cell(k)) std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        const Document dumped = documentFromJson(std::string(reinterpret_cast<const char*>(data), size));
        expectInvariants(recognize(dumped));
        (void)documentToJson(dumped);
    } catch (const std::runtime_error&) {
        // malformed dump: a readable error is the contract
    }
    FuzzedDataProvider in(data, size);
    const Document d = build(in);
    expectInvariants(recognize(d));
    (void)documentToJson(d);
    const CheckResult result = check(d);
    if (!result.error.empty()) std::abort();  // check() catches; an exception here is a bug
    (void)toJson(result);
    return 0;
}
