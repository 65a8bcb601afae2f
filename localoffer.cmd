@echo off
rem localoffer for Windows: the same commands as ./localoffer (serve, build, check, bench, test).
rem Needs Java 17 and Maven on the PATH.
setlocal
set "ROOT=%~dp0"
if /I "%~1"=="test" goto test
if not exist "%ROOT%target\localoffer.jar" call :compile
rem The same Java settings as ./localoffer: the quick compiler only, a throughput collector and a heap that
rem keeps a 10,000-page build under 1 GB. JAVA_OPTS comes later, so it wins.
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx768m %JAVA_OPTS% -jar "%ROOT%target\localoffer.jar" %*
exit /b %ERRORLEVEL%

:compile
echo localoffer: compiling on first run... 1>&2
pushd "%ROOT%"
call mvn -q -B -DskipTests package
popd
exit /b 0

:test
pushd "%ROOT%"
call mvn -B verify
set "CODE=%ERRORLEVEL%"
popd
exit /b %CODE%
