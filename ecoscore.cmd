@echo off
rem ecoscore launcher for Windows: the same options as ./ecoscore. Needs Java 17 or newer, found
rem through JAVA_HOME or on PATH. Runs lib\ecoscore.jar of an unpacked release (or target\ecoscore.jar
rem in a source tree that has been built). Chinese folder names are fine: every path is quoted.
rem ECOSCORE_JAVA_OPTS replaces the JVM settings chosen below (e.g. set ECOSCORE_JAVA_OPTS=-Xmx8g).
setlocal EnableExtensions
set "ECO_HOME=%~dp0"
set "ECO_JAR=%ECO_HOME%lib\ecoscore.jar"
if not exist "%ECO_JAR%" set "ECO_JAR=%ECO_HOME%target\ecoscore.jar"
if not exist "%ECO_JAR%" (
  echo ecoscore: %ECO_HOME%lib\ecoscore.jar not found - unpack the whole release zip, or build with mvnw.cmd package 1>&2
  exit /b 2
)
set "ECO_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "ECO_JAVA=%JAVA_HOME%\bin\java.exe"
where "%ECO_JAVA%" >nul 2>nul
if errorlevel 1 if not exist "%ECO_JAVA%" (
  echo ecoscore: Java 17 or newer is needed: install it, or set JAVA_HOME to its folder 1>&2
  exit /b 2
)
if defined ECOSCORE_JAVA_OPTS (
  "%ECO_JAVA%" %ECOSCORE_JAVA_OPTS% -jar "%ECO_JAR%" %*
  exit /b %ERRORLEVEL%
)
rem Size of the inputs in KB: every argument naming an existing file (a folder counts as large).
set /a ECO_KB=0
set "ECO_BIG="
for %%A in (%*) do (
  if exist "%%~A\*" (
    set "ECO_BIG=1"
  ) else if exist "%%~A" (
    call :addsize "%%~A"
  )
)
if %ECO_KB% GEQ 16384 set "ECO_BIG=1"
rem A short run (as ./ecoscore): C1-only JIT, serial collector, reflection without generated accessor classes,
rem and on tiny inputs (under 1 MB) later compilation.
set "ECO_SHORT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xmx1g -XX:-UsePerfData -Dsun.reflect.inflationThreshold=2147483647"
if %ECO_KB% LSS 1024 set "ECO_SHORT=%ECO_SHORT% -XX:CompileThresholdScaling=5"
rem A larger batch (as ./ecoscore): the parallel collector, a heap of 64 MB + 12 x the inputs' size (at least
rem 768 MB, at most 12 GB: Java takes from it only what the batch needs), an old generation of 3/4 of it, a first
rem metaspace threshold above what the report's classes take, and C1-only JIT except for trend (README "Performance").
set /a ECO_MB=64+ECO_KB*12/1024
if %ECO_MB% LSS 768 set "ECO_MB=768"
if %ECO_MB% GTR 12288 set "ECO_MB=12288"
set "ECO_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="trend" set "ECO_JIT="
if defined ECO_BIG (
  "%ECO_JAVA%" %ECO_JIT% -XX:+UseParallelGC -XX:NewRatio=3 -Xmx%ECO_MB%m -XX:MetaspaceSize=128m -XX:-UsePerfData -Dfile.encoding=UTF-8 -jar "%ECO_JAR%" %*
) else (
  "%ECO_JAVA%" %ECO_SHORT% -Dfile.encoding=UTF-8 -jar "%ECO_JAR%" %*
)
exit /b %ERRORLEVEL%

:addsize
set /a ECO_KB+=%~z1/1024
exit /b 0
