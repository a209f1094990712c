// The ordered worker pool behind `ect dump` and `ect stats`.
#include "batch.hpp"

#include "inputs.hpp"
#include "memory.hpp"
#include "placement.hpp"
#include "progress.hpp"

#include "text/huge_pages.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace ect::cli {

namespace {

struct job_result {
    bool ok = false;
    // The rendered document when ok, in pieces (a megabyte, then 8 MB
    // each): a long call's output is never copied to grow one string.
    std::vector<std::string> output;
    std::string error;  // the reason when not
    bool written = false; // printed as rendered: nothing gathered
};

/// Standard input, up to one byte past the limit: enough for the parser to
/// tell the input was cut, without holding an unbounded stream in memory.
std::string read_stdin(std::size_t limit) {
    std::string bytes;
    char buf[1 << 16];
    while (bytes.size() <= limit) {
        const std::size_t want = std::min(sizeof buf, limit + 1 - bytes.size());
        const std::size_t got = std::fread(buf, 1, want, stdin);
        bytes.append(buf, got);
        if (got < want) break;
    }
    if (std::ferror(stdin)) throw ect::error("-", std::strerror(errno));
    return bytes;
}

/// ect::error's message starts with the path; the CLI prints the path itself.
std::string reason_of(const ect::error& e, const std::string& path) {
    std::string_view what = e.what();
    const std::string prefix = path + ": ";
    if (what.starts_with(prefix)) what.remove_prefix(prefix.size());
    return std::string(what);
}

/// Parses and renders one input. `write` receives the rendered pieces when
/// there is one and `may_write` (asked once the document is parsed, when
/// there is one) allows it; otherwise they are gathered in the result's
/// output, the first in `room` if it is large enough (an emptied piece of
/// an earlier document, whose pages are in memory already).
job_result run_one(std::optional<ect::parser>& parser, const std::string& path, const ect::options& base,
                   const render_fn& render, const piece_fn& write, const std::function<bool()>& may_write = nullptr,
                   std::string* room = nullptr) {
    job_result r;
    try {
        // Built on first use, inside the try: a parser that cannot be built
        // (ICU data missing) fails its inputs instead of killing the worker.
        if (!parser) parser.emplace();
        ect::options opts = base;
        opts.source_name = path;
        const ect::transcript t =
            path == "-" ? parser->parse(read_stdin(std::min(opts.max_input_bytes, ect::max_supported_input_bytes)), opts) : parser->parse_file(path, opts);
        if (write && (!may_write || may_write())) {
            r.written = true;
            render(t, write);
        } else {
            render(t, [&r, room](std::string_view piece) {
                // A megabyte first, which most documents never fill; past
                // it, pieces of 8 MB in huge pages. A long call's output is
                // three times its size in JSON: faulted in 4 KB at a time,
                // it held two workers on two 50 MB calls to 1.3 times the
                // speed of one; 1.5 times in huge pages.
                if (r.output.empty() && room && room->capacity() >= std::max(std::size_t{1} << 20, piece.size())) {
                    room->clear();
                    r.output.push_back(std::move(*room));
                    *room = std::string();
                } else if (r.output.empty() || r.output.back().size() + piece.size() > r.output.back().capacity()) {
                    const std::size_t chunk = r.output.empty() ? std::size_t{1} << 20 : std::size_t{8} << 20;
                    r.output.emplace_back();
                    ect::text::reserve_huge(r.output.back(), std::max(chunk, piece.size()));
                }
                r.output.back() += piece;
            });
        }
        r.ok = true;
    } catch (const ect::error& e) {
        r.error = reason_of(e, path);
    } catch (const std::exception& e) {
        // Parsing never throws for content; this is memory or a bug, and one
        // file's problem must not lose the others.
        r.error = e.what();
    }
    return r;
}

} // namespace

batch_outcome run_batch(const std::vector<std::string>& paths, const ect::options& base, unsigned jobs,
                        const render_fn& render, const emit_fn& emit) {
    batch_outcome outcome;
    const std::size_t n = paths.size();
    progress bar(n);
    auto deliver = [&](std::size_t i, const job_result& r) {
        bar.update(i + 1, paths[i]);
        if (r.ok) // no pieces when streamed already
            return std::all_of(r.output.begin(), r.output.end(), [&](const std::string& piece) { return emit(i, piece); });
        bar.clear();
        std::fprintf(stderr, "ect: %s: %s\n", paths[i].c_str(), r.error.c_str());
        outcome.any_failed = true;
        return true;
    };
    // Writes document i's pieces as they come; `deliver` then only reports.
    // Once the reader has gone, the rest are dropped and `reader_left` says so.
    auto streaming = [&](std::size_t i, bool& reader_left) -> piece_fn {
        return [&emit, i, &reader_left](std::string_view piece) {
            if (!reader_left && !emit(i, piece)) reader_left = true;
        };
    };

    auto sequential = [&] {
        std::optional<ect::parser> parser;
        for (std::size_t i = 0; i < n; ++i) {
            bool reader_left = false;
            job_result r = run_one(parser, paths[i], base, render, streaming(i, reader_left));
            if (reader_left || !deliver(i, r)) {
                outcome.stopped = true;
                break;
            }
        }
        return outcome;
    };
    const std::size_t workers = std::min<std::size_t>(std::max(1u, jobs), n);
    if (workers <= 1) return sequential();

    // Results wait in a ring of `window` slots; input i is taken only while
    // i < next_emit + window, so slot i % window is free by then. One slow
    // file (a long call) must not idle the other workers, so the window holds
    // several files per worker; it still bounds memory to a few dozen
    // documents.
    //
    // Every worker writes, the calling thread being one of them. A worker
    // that has parsed the document due next (all before it written) prints
    // it as it is rendered, as a single worker does: held whole, a long
    // call's output (three times its size in JSON) cost more in fresh pages
    // than writing it. Whoever finishes the document due next writes it and
    // those after it that are ready. Only documents parsed ahead of their
    // turn are held, and only until their turn: when the calling thread
    // alone wrote, documents finished while it parsed one of its own waited
    // for it, a window's worth held at once, each in pages of its own.
    const std::size_t window = 8 * workers;
    std::vector<std::optional<job_result>> ring(window);
    std::mutex m;
    std::condition_variable space; // a slot was freed or the batch stopped (workers wait)
    std::size_t next_claim = 0;
    std::size_t next_emit = 0;
    bool writing = false; // a worker is printing: no other may
    // First pieces of held documents once printed, for the next ones to
    // write into: held documents then reuse a few pieces' pages instead of
    // each faulting in pages of its own (at most one per slot).
    std::vector<std::string> spare;
    bool stop = false;
    auto claimable = [&] { return !stop && next_claim < n && next_claim < next_emit + window; };
    auto stop_batch = [&] { // with the lock held
        stop = true;
        outcome.stopped = true;
    };

    // With the lock held, by the worker that is printing: prints the results
    // that are due, in order, then lets another worker print.
    auto write_due = [&](std::unique_lock<std::mutex>& lock) {
        while (!stop && ring[next_emit % window].has_value()) {
            const std::size_t i = next_emit;
            job_result r = std::move(*ring[i % window]);
            ring[i % window].reset();
            lock.unlock();
            const bool more = deliver(i, r);
            lock.lock();
            if (!r.output.empty() && spare.size() < window) spare.push_back(std::move(r.output.front()));
            next_emit = i + 1;
            if (!more) stop_batch();
            space.notify_all();
        }
        writing = false;
    };

    // The shared tables first, the work split among the workers: built by
    // whichever file first needs each, they would keep the other workers
    // waiting. Those every document needs, and the Chinese ones (two thirds
    // of the work) only when the first documents hold Chinese: they cost a
    // batch of English calls more than they save it, and left to the first
    // Chinese documents, one worker built them while the others waited.
    // The calling thread reads the heads of the first documents while the
    // other workers build their share of the common tables.
    enum class chinese_ahead { unknown, no, yes };
    std::atomic<chinese_ahead> chinese = chinese_ahead::unknown;
    auto warm_up = [&](unsigned self) {
        try {
            ect::warm_up(self, static_cast<unsigned>(workers), ect::table_set::common);
            chinese.wait(chinese_ahead::unknown);
            if (chinese == chinese_ahead::yes) ect::warm_up(self, static_cast<unsigned>(workers), ect::table_set::chinese);
        } catch (const std::exception&) {
            // Left to the parses that need them, which report the failure.
        }
    };

    auto work = [&](unsigned self) {
        warm_up(self);
        std::optional<ect::parser> parser; // ect::parser is not thread-safe: one per worker
        std::unique_lock lock(m);
        for (;;) {
            space.wait(lock, [&] { return stop || next_claim >= n || claimable(); });
            if (!claimable()) return;
            const std::size_t i = next_claim++;
            std::string room;
            if (!spare.empty()) {
                room = std::move(spare.back());
                spare.pop_back();
            }
            lock.unlock();
            // Whether this document is printed as it is rendered is decided
            // once it is parsed: by then the one before it has most often
            // been printed, where at the claim it was mostly still being
            // parsed by another worker.
            auto take_turn = [&, i] {
                const std::lock_guard turn_lock(m);
                if (stop || i != next_emit || writing) return false;
                writing = true;
                return true;
            };
            bool reader_left = false;
            job_result r = run_one(parser, paths[i], base, render, streaming(i, reader_left), take_turn, &room);
            const bool due = r.written;
            lock.lock();
            if (room.capacity() > 0) spare.push_back(std::move(room)); // not needed: printed as rendered
            if (reader_left) stop_batch();
            ring[i % window] = std::move(r);
            if (due || (!writing && i == next_emit)) {
                writing = true;
                write_due(lock);
            }
            if (stop) space.notify_all();
        }
    };

    // Each new worker is moved to a processor of its own as soon as it
    // exists (see placement.hpp), and lets go of it once there.
    const thread_placement placement;
    std::atomic<bool> placed = false;
    {
        std::vector<std::jthread> pool; // joins before the state above goes away
        pool.reserve(workers - 1);
        for (std::size_t w = 1; w < workers; ++w) {
            try {
                pool.emplace_back([&, w] {
                    placed.wait(false);
                    placement.release();
                    heap_in_huge_pages(); // this thread's own heap
                    work(static_cast<unsigned>(w));
                });
            } catch (const std::system_error&) {
                // Out of threads: carry on with those that started, or
                // without any.
                break;
            }
            placement.place(pool.back().native_handle(), w - 1);
        }
        placed = true;
        placed.notify_all();
        bool han = false;
        try {
            han = han_in_heads(paths, window);
        } catch (const std::exception&) {
            // No memory to read with: the tables come with the documents.
        }
        chinese = han ? chinese_ahead::yes : chinese_ahead::no; // the workers wait for it
        chinese.notify_all();
        if (pool.empty()) return sequential();
        work(0);
    }
    return outcome;
}

} // namespace ect::cli
