# Extracts the user-visible strings into the .ts catalogues, the way the committed ones were
# made: every directory whose text reaches the user (the simulator's too: the demo shows its
# messages), no source locations (a moved line changes no catalogue), no obsolete entries.
# English carries the plural forms only: its source text is English already.
# Run as a script: cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<tree> -DTS_DIR=<folder>
# -DLANGUAGES=<en;de;...> -P <this>; the update_translations target passes translations/, the
# test a copy of it.
foreach(variable LUPDATE SOURCE_DIR TS_DIR LANGUAGES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "UpdateTranslations.cmake needs -D${variable}=...")
    endif()
endforeach()

set(directories app ui models sim)
# -I: the includes name their layer ("models/core/…"); without the tree on the include path
# lupdate cannot see a class's namespace and files its strings under the wrong context.
set(options -locations none -no-obsolete -I ${SOURCE_DIR})
set(translated)
set(languages ${LANGUAGES})
list(REMOVE_ITEM languages en)
foreach(language ${languages})
    list(APPEND translated ${TS_DIR}/orchestration-console_${language}.ts)
endforeach()

execute_process(
    COMMAND ${LUPDATE} ${options} ${directories} -ts ${translated}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
execute_process(
    COMMAND ${LUPDATE} ${options} -pluralonly ${directories}
        -ts ${TS_DIR}/orchestration-console_en.ts
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
