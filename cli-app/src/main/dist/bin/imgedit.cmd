@echo off
rem Starts the imgedit CLI on Windows. The classpath is every jar in ..\lib at the moment of the call, so dropping a
rem provider jar into lib\ installs it and deleting it uninstalls it, with no rebuild. bin\imgedit is the same for
rem POSIX shells; the JVM options below are the same as there (LaunchersTest compares them).
rem
rem Environment: JAVA_HOME (which java to use, else the one on PATH), IMGEDIT_JAVA_OPTS (extra JVM options).

setlocal
set "APP_HOME=%~dp0.."
for %%I in ("%APP_HOME%") do set "APP_HOME=%%~fI"

if not defined JAVA_HOME goto findJavaOnPath
set "JAVA_COMMAND=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_COMMAND%" goto haveJava
echo imgedit: error: JAVA_HOME is set to "%JAVA_HOME%" but "%JAVA_COMMAND%" does not exist: point it at Java 17 or newer 1>&2
exit /b 1

:findJavaOnPath
set "JAVA_COMMAND=java.exe"
where /q java.exe
if not errorlevel 1 goto haveJava
echo imgedit: error: no java found: install Java 17 or newer, or set JAVA_HOME 1>&2
exit /b 1

:haveJava
if exist "%APP_HOME%\lib\*.jar" goto run
echo imgedit: error: no jars in "%APP_HOME%\lib": the installation is incomplete 1>&2
exit /b 1

:run
rem A short-lived CLI: C1 only, compiling less, the serial collector with a small heap to start with and a small
rem young generation, no hsperfdata file (bin\imgedit says why, docs\performance.md measures it); the JVM's own
rem messages go to stderr, never stdout, which carries the command's result. A wildcard classpath takes every jar in
rem lib\. (No class-data archive here.)
"%JAVA_COMMAND%" ^
    -XX:TieredStopAtLevel=1 ^
    -XX:CompileThresholdScaling=3 ^
    -XX:+UseSerialGC ^
    -Xms64m ^
    -Xmn24m ^
    -XX:-UsePerfData ^
    -Xlog:disable ^
    -Xlog:all=warning:stderr ^
    -XX:+DisplayVMOutputToStderr ^
    -Djava.awt.headless=true ^
    "-Dimgedit.home=%APP_HOME%" ^
    %IMGEDIT_JAVA_OPTS% ^
    -cp "%APP_HOME%\lib\*" ^
    dev.imgedit.cli.ImgeditMain %*
exit /b %ERRORLEVEL%
