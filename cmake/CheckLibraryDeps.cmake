# cmake -DLIB=... -DLO_PROGRAM_DIR=... -P CheckLibraryDeps.cmake
# Fails when LIB needs a shared library that is neither the C/C++ runtime nor
# shipped in LibreOffice's program directory.
cmake_minimum_required(VERSION 3.18)
execute_process(COMMAND objdump -p "${LIB}" OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "objdump failed on ${LIB}")
endif()
string(REGEX MATCHALL "NEEDED +[^\n]+" needed "${dump}")
# glibc before 2.34 keeps threads, dlopen and clocks in libraries of their own.
set(runtime libc.so.6 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libstdc++.so.6 libgcc_s.so.1
            ld-linux-x86-64.so.2)
foreach(line ${needed})
  string(REGEX REPLACE "NEEDED +" "" lib "${line}")
  string(STRIP "${lib}" lib)
  if(NOT lib IN_LIST runtime AND NOT EXISTS "${LO_PROGRAM_DIR}/${lib}")
    message(FATAL_ERROR "${LIB} needs ${lib}, which LibreOffice does not ship")
  endif()
  message(STATUS "needs ${lib}: ok")
endforeach()
