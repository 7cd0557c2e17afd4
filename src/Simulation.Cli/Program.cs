using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulation.Application.Batch;
using Simulation.Application.Bench;
using Simulation.Application.Calibration;
using Simulation.Application.Comparison;
using Simulation.Application.Evaluation;
using Simulation.Application.Runs;
using Simulation.Application.Sensitivity;
using Simulation.Application.Sweeps;
using Simulation.Application.Validation;
using Simulation.Cli;

// The host supplies configuration (appsettings.json, REGSIM_* environment variables), logging to stderr and DI with the
// application's use cases; System.CommandLine parses the verbs. Nothing else happens here.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Production" });
builder.Configuration.AddEnvironmentVariables("REGSIM_");
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
// Warnings by default; the configuration (REGSIM_Logging__LogLevel__Default=Debug) can ask for more, down to the
// details of a failure that the console already reported in one line.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddSingleton(ConsoleStreams.System);
builder.Services.AddSingleton<CommandFailures>();
builder.Services.AddSingleton<RunScenario>();
builder.Services.AddSingleton<SweepExperiment>();
builder.Services.AddSingleton<MergeShards>();
builder.Services.AddSingleton<CompareScenarios>();
builder.Services.AddSingleton<AnalyseSensitivity>();
builder.Services.AddSingleton<CalibrateScenario>();
builder.Services.AddSingleton<ValidateScenario>();
builder.Services.AddSingleton<BenchmarkScenario>();
builder.Services.AddSingleton<EvaluatePoints>();
builder.Services.AddSingleton<RunService>();
builder.Services.AddSingleton<BenchService>();
builder.Services.AddSingleton<SweepService>();
builder.Services.AddSingleton<CompareService>();
builder.Services.AddSingleton<SensitivityService>();
builder.Services.AddSingleton<WriteSlurmJobs>();
builder.Services.AddSingleton<SlurmService>();
builder.Services.AddSingleton<ValidateService>();
builder.Services.AddSingleton<CalibrateService>();
builder.Services.AddSingleton<ServeService>();
using var host = builder.Build();

var root = new RootCommand("regsim: regions competing for national projects under the Roh and Lee regimes")
{
    RunCommand.Create(host.Services),
    BenchCommand.Create(host.Services),
    SweepCommand.Create(host.Services),
    CompareCommand.Create(host.Services),
    SensitivityCommand.Create(host.Services),
    MergeCommand.Create(host.Services.GetRequiredService<MergeShards>(), host.Services.GetRequiredService<CommandFailures>(),
        host.Services.GetRequiredService<ConsoleStreams>()),
    SlurmCommand.Create(host.Services),
    ValidateCommand.Create(host.Services),
    CalibrateCommand.Create(host.Services),
    ServeCommand.Create(host.Services),
    EvalCommand.Create(host.Services),
    ReplayCommand.Create(host.Services),
};
OptionRules.ReadNumbersPlainly(root);
OptionRules.RefuseBlankValues(root);
CommandListHelp.Install(root);
var parse = HelpLayout.OwnArgumentsOnly(root.Parse(args));
if (HelpLayout.IsRefused(parse))
{
    // Errors and suggestions go to stderr: stdout stays the command's output.
    HelpLayout.Refuse(parse, host.Services.GetRequiredService<ConsoleStreams>());
    return ExitCodes.InvalidArguments;
}
host.Services.GetRequiredService<CommandFailures>().HelpPointer = HelpLayout.Pointer(parse.CommandResult.Command);
// On Ctrl-C or SIGTERM (a batch scheduler's scancel or time limit) a command is cancelled and given time to keep its
// finished work and remove its staging folders: Slurm waits 30 s (KillWait) before it kills, the library only 2 s by default.
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(25) });
