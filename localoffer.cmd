@echo off
rem localoffer for Windows: the same commands as ./localoffer (serve, build, check, bench, test).
rem Needs Java 17 and Maven on the PATH.
setlocal
set "ROOT=%~dp0"
if /I "%~1"=="test" goto test
if not exist "%ROOT%target\localoffer.jar" call :compile
rem The same Java settings as ./localoffer (see the reasons there): the quick compiler only, compiling after half
rem the usual calls, a throughput collector, a heap that keeps a 10,000-page build under 1 GB and starts at
rem its full size unless JAVA_OPTS sets a limit, and no full collection for class metadata. JAVA_OPTS comes
rem later, so it wins.
set "XMS=-Xms768m"
echo(%JAVA_OPTS%| findstr /C:"-Xmx" /C:"-XX:MaxRAM" >nul && set "XMS="
java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.5 -XX:+UseParallelGC -Xmx768m -XX:MetaspaceSize=128m %XMS% %JAVA_OPTS% -jar "%ROOT%target\localoffer.jar" %*
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
