using System.CommandLine;
using Microsoft.Extensions.Hosting;
using QuoteSearch.Web;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>serve</c>: the web API and UI over the index.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var urls = new Option<string>("--urls") { Description = "Address to listen on", DefaultValueFactory = _ => QuoteSearchApp.DefaultUrl };
        var command = new Command("serve", "Serve the search UI and JSON API") { index, urls };
        command.SetAction(async (result, cancellationToken) =>
        {
            var app = QuoteSearchApp.Create(["--urls", result.GetValue(urls)!, "--QuoteSearch:Index", Path.GetFullPath(result.GetValue(index)!)]);
            await app.StartAsync(cancellationToken);
            Console.WriteLine($"QuoteSearch is serving {result.GetValue(urls)} (index: {result.GetValue(index)}); Ctrl+C stops it");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
