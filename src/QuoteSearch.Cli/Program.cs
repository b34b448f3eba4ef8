using System.CommandLine;
using QuoteSearch.Cli.Commands;

var root = new RootCommand("QuoteSearch: find who said what in news articles")
{
    IndexCommand.Create(),
    ExtractCommand.Create(),
    ParseCommand.Create(),
    SearchCommand.Create(),
    SpeakersCommand.Create(),
    StatsCommand.Create(),
    ServeCommand.Create(),
    GenerateCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
