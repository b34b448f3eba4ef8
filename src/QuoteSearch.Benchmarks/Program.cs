using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using QuoteSearch.Benchmarks.Macro;
using QuoteSearch.Benchmarks.Micro;
using QuoteSearch.Core.Indexing;

// make bench runs: micro (BenchmarkDotNet hot paths), macro (ingest, queries, PostgreSQL) and queries (the HTTP
// load's query file) — see scripts/bench.sh.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var mode = args.FirstOrDefault() ?? "macro";
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

if (mode == "micro")
{
    // The CLI's gen-0 budget (see its project file), given to the benchmark processes BenchmarkDotNet starts.
    var job = Job.ShortRun.WithEnvironmentVariables(new BenchmarkDotNet.Jobs.EnvironmentVariable("DOTNET_GCgen0size", "0x4000000"));
    var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
    BenchmarkRunner.Run<HotPathBenchmarks>(config, args.Skip(1).ToArray());
    return 0;
}

if (mode == "extraction")
{
    ExtractionProfile.Run(Arg("--folder") ?? "seeds", int.Parse(Arg("--rounds") ?? "3", CultureInfo.InvariantCulture));
    return 0;
}

if (mode == "plain-lucene")
{
    PlainLuceneIngest.Run(Arg("--folder") ?? "seeds", Arg("--work") ?? Path.Combine(Path.GetTempPath(), "quotesearch-plain-lucene"));
    return 0;
}

if (mode == "indexing")
{
    var rounds = int.Parse(Arg("--rounds") ?? "3", CultureInfo.InvariantCulture);
    IndexingProfile.Run(Arg("--folder") ?? "seeds", rounds, Arg("--work") ?? Path.Combine(Path.GetTempPath(), "quotesearch-indexing"));
    return 0;
}

if (mode == "queries")
{
    if (args.Contains("--help") || Arg("--index") is null || Arg("--out") is null)
    {
        Console.Error.WriteLine(
            "usage: QuoteSearch.Benchmarks queries --index DIR --out FILE [--count N] [--seed S]\n"
            + "  writes N distinct /api/quotes request paths (default 1,200), most popular first, drawn from the index's quotes");
        return args.Contains("--help") ? 0 : 2;
    }
    var opened = QuoteIndex.Open(Arg("--index")!, writable: false);
    if (!opened.Success)
    {
        Console.Error.WriteLine($"error: {Arg("--index")}: {opened.Error}");
        return 1;
    }
    using var queryIndex = opened.Value!;
    var count = int.Parse(Arg("--count") ?? QueryFile.DefaultCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    var seed = int.Parse(Arg("--seed") ?? QueryFile.DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    var written = QueryFile.Write(queryIndex, Arg("--out")!, count, seed);
    Console.Error.WriteLine($"wrote {written:N0} distinct queries to {Arg("--out")}");
    return written > 0 ? 0 : 1;
}

var output = Arg("--out") ?? "bench-results";
var work = Arg("--work") ?? Path.Combine(Path.GetTempPath(), "quotesearch-bench");
var sizes = (Arg("--articles") ?? "10000,100000").Split(',').Select(int.Parse).ToList();
var runs = int.Parse(Arg("--runs") ?? "500", CultureInfo.InvariantCulture);
Directory.CreateDirectory(output);
var report = new StringBuilder();
report.AppendLine("| measure | QuoteSearch | comparison | target |").AppendLine("|---|---|---|---|");

// --index DIR: only the query figures, over an index built before (no ingest).
var existing = Arg("--index");
IngestBench.Result? last = null;
foreach (var size in existing is null ? sizes : [])
{
    var folder = Path.Combine(work, $"index-{size}");
    var result = IngestBench.Run(size, folder);
    last = result;
    Console.Error.WriteLine(
        $"ingest {size:N0}: {result.ArticlesPerSecond:N0} articles/s ({result.MegaBytesPerSecond:F1} MB/s), "
        + $"raw Lucene {result.RawArticlesPerSecond:N0} articles/s, {result.Quotes:N0} quotes");
    report.AppendLine(
        $"| ingest {size:N0} articles ({result.MegaBytes:F0} MB): parse + extract + index + commit "
        + $"| {result.ArticlesPerSecond:N0} articles/s, {result.MegaBytesPerSecond:F1} MB/s "
        + $"| raw Lucene.Net, one text field: {result.RawArticlesPerSecond:N0} articles/s "
        + $"({result.ArticlesPerSecond / result.RawArticlesPerSecond:P0} of it) | ≥ 2,000 articles/s and ≥ 50% of raw |");
}

var largest = existing ?? Path.Combine(work, $"index-{sizes.Max()}");
using (var index = QuoteIndex.Open(largest, writable: false).Value!)
{
    var workload = QueryWorkload.From(index, 400);
    var queries = QueryBench.Run(index, workload, runs);
    Console.Error.WriteLine(
        $"queries at {queries.Quotes:N0} quotes: phrase {queries.Phrase}, word+speaker {queries.WordAndSpeaker}, "
        + $"speaker newest {queries.SpeakerNewestFirst}");
    var postgres = Arg("--postgres");
    PostgresBench.Result? pg = postgres is null ? null : PostgresBench.Run(postgres, index, workload, runs);
    string Compare(Percentiles ours, Percentiles? theirs) =>
        theirs is null ? "PostgreSQL not run" : $"PostgreSQL GIN: {theirs} ({theirs.P50Ms / ours.P50Ms:F1}× our p50)";
    report.AppendLine(
        $"| phrase query at {queries.Quotes:N0} quotes | {queries.Phrase} | {Compare(queries.Phrase, pg?.Phrase)} "
        + "| p50 ≤ 5 ms, p99 ≤ 50 ms |");
    report.AppendLine(
        $"| word + speaker filter | {queries.WordAndSpeaker} | {Compare(queries.WordAndSpeaker, pg?.WordAndSpeaker)} "
        + "| p50 ≤ 5 ms, p99 ≤ 50 ms |");
    report.AppendLine(
        $"| everything X said, newest first | {queries.SpeakerNewestFirst} "
        + $"| {Compare(queries.SpeakerNewestFirst, pg?.SpeakerNewestFirst)} | p50 ≤ 5 ms, p99 ≤ 50 ms |");
    if (pg is not null) report.AppendLine($"| load into PostgreSQL (COPY + GIN) | | {pg.LoadSeconds:F0} s | |");
    var bytes = new DirectoryInfo(largest).EnumerateFiles().Sum(f => f.Length);
    report.AppendLine($"| index size | {bytes / 1e6:F0} MB, {(double)bytes / queries.Quotes:F0} bytes per quote | | |");
}
File.WriteAllText(Path.Combine(output, "macro.md"), report.ToString());
Console.WriteLine(report);
return 0;
