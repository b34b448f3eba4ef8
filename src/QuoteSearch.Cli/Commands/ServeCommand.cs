using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuoteSearch.Cli.Output;
using QuoteSearch.Web;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>serve</c>: the web API and UI over the index; a start-up failure is one line and a non-zero exit.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var urls = new Option<string>("--urls")
        {
            Description = "Address to listen on",
            DefaultValueFactory = _ => QuoteSearchApp.DefaultUrl,
        };
        var command = new Command("serve", "Serve the search UI and JSON API") { index, urls };
        command.SetAction(async (result, cancellationToken) =>
        {
            var address = result.GetValue(urls)!;
            var folder = result.GetValue(index)!;
            if (!ListenAddresses.AreValid(address)) return SearchCommand.Fail(CliErrors.NotAnAddress(address));
            var missing = !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
            WebApplication app;
            try
            {
                // A failed start is reported below in one line; the host's own report of it is a stack trace.
                app = QuoteSearchApp.Create(["--urls", address, "--QuoteSearch:Index", Path.GetFullPath(folder)],
                    builder => builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None));
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                return SearchCommand.Fail(CliErrors.CannotListen(address, FirstLine(e.InnerException?.Message ?? e.Message)));
            }
            catch (Exception e) when (e is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                return SearchCommand.Fail(CliErrors.CannotStart(FirstLine(e.Message)));
            }
            await using (app)
            {
                var empty = missing ? CliErrors.ServingMissing(folder) : CliErrors.ServingEmpty(folder);
                if (IsEmpty(app)) Console.Error.WriteLine("warning: " + empty);
                Console.WriteLine($"QuoteSearch is serving {address} (index: {folder}); Ctrl+C stops it");
                await app.WaitForShutdownAsync(cancellationToken);
            }
            return 0;
        });
        return command;
    }

    private static bool IsEmpty(WebApplication app) =>
        app.Services.GetRequiredService<IndexHost>().Index.Read(searcher => searcher.IndexReader.NumDocs) == 0;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');
}
