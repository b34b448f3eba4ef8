namespace QuoteSearch.Cli.Output;

/// <summary>Every message the command-line program itself gives (not about one input), in one place.</summary>
internal static class CliErrors
{
    public static string NotAnAddress(string urls) =>
        $"--urls {urls}: not an address to listen on; write it with its scheme, like http://127.0.0.1:5000";

    public static string CannotListen(string urls, string reason) =>
        $"cannot listen on {urls}: {reason} (is another server using the port? choose another with --urls)";

    public static string CannotStart(string reason) => $"the server could not start: {reason}";

    public static string ExtractionFailed(string article, string reason) =>
        $"{article}: the extraction failed on this article ({reason}); the other articles went on. Please report it with the article.";

    public static string NoArticles(string inputs) =>
        $"no article found in {inputs} (QuoteSearch reads .txt, .html, .htm, .xhtml, .jsonl, .ndjson and any of them .gz)";

    public static string ServingMissing(string index) =>
        $"{index}: no index here yet; serving an empty one (add articles with `quotesearch index <paths> --index {index}`)";

    public static string ServingEmpty(string index) =>
        $"{index}: the index holds no articles yet (add some with `quotesearch index <paths> --index {index}`)";
}
