#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace sky {

/// Calls `work(i)` for every i in [0, count) on up to `threads` threads (0: one per core;
/// 1: all on the calling thread, in order). Each thread takes the next index in turn, so the
/// caller lists the longest jobs first. Waits for all; then rethrows the exception of the
/// lowest index that threw, if any (as running them one after the other would have).
template <typename Work>
void parallelFor(size_t count, int threads, Work work)
{
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t workers = std::min(count, threads > 0 ? size_t(threads) : cores);
    std::vector<std::exception_ptr> errors(count);
    std::atomic<size_t> next{0};
    auto drain = [&] {
        for (size_t i = next++; i < count; i = next++) {
            try {
                work(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < workers; ++t)
        pool.emplace_back(drain);
    drain();
    for (std::thread& t : pool)
        t.join();
    for (const std::exception_ptr& e : errors)
        if (e)
            std::rethrow_exception(e);
}

} // namespace sky
